// Varnish Cache in front of the application: its own 503 "Backend fetch failed" for a dead
// backend and past first_byte_timeout; the application's 404/500 passed on.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../ports.mjs';
import { binary, runServer, serverDir } from './process.mjs';

/** @param {{ app: import('./app.mjs').App }} deps */
export async function startVarnish({ app }) {
  const bin = binary(['/usr/sbin/varnishd'], 'varnish');
  const dir = serverDir('varnish');
  const [port, dead] = await Promise.all([freePort(), freePort()]);
  writeFileSync(join(dir, 'default.vcl'), `vcl 4.1;
backend app { .host = "127.0.0.1"; .port = "${app.port}"; .first_byte_timeout = 1s; }
backend gone { .host = "127.0.0.1"; .port = "${dead}"; .connect_timeout = 1s; }
sub vcl_recv {
  set req.url = regsub(req.url, "^/page", "/app/page");
  if (req.url ~ "^/dead/") { set req.backend_hint = gone; } else { set req.backend_hint = app; }
  return (pass);
}
`);
  return runServer({
    name: 'varnishd', bin, port, dir,
    args: ['-F', '-a', `127.0.0.1:${port}`, '-f', join(dir, 'default.vcl'), '-n', join(dir, 'work'), '-j', 'none', '-s', 'malloc,32m', '-T', 'none'],
  });
}
