// HAProxy in front of the application: its built-in 503 when no server is available (a backend
// whose only server is down), 504 past `timeout server`, 401 from `http-request auth`; the
// application's 404/500 passed on. HAProxy's own error responses carry no Server and no Date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../ports.mjs';
import { binary, runServer, serverDir } from './process.mjs';

/** @param {{ app: import('./app.mjs').App }} deps */
export async function startHaproxy({ app }) {
  const bin = binary(['/usr/sbin/haproxy'], 'haproxy');
  const dir = serverDir('haproxy');
  const [port, dead] = await Promise.all([freePort(), freePort()]);
  writeFileSync(join(dir, 'haproxy.cfg'), `
global
  maxconn 256
defaults
  mode http
  timeout connect 1s
  timeout client 10s
  timeout server 1s
userlist testers
  user test insecure-password test
frontend web
  bind 127.0.0.1:${port}
  acl dead path_beg /dead/
  acl auth path_beg /auth/
  http-request auth realm "Status Lens haproxy" if auth !{ http_auth(testers) }
  use_backend down if dead
  default_backend app
backend app
  server app1 127.0.0.1:${app.port}
backend down
  server gone 127.0.0.1:${dead} check inter 500ms fall 1 rise 1
`);
  // -db: foreground, no daemon. The dead backend's health check marks it down within a second.
  const srv = await runServer({ name: 'haproxy', bin, args: ['-db', '-f', join(dir, 'haproxy.cfg')], port, dir });
  await new Promise((r) => setTimeout(r, 1200));
  return srv;
}
