// Squid as a reverse proxy (accel mode, cache_peer originserver): its own 503 with
// X-Squid-Error ERR_CONNECT_FAIL for a dead peer, 504 ERR_READ_TIMEOUT for a slow one, 403
// ERR_ACCESS_DENIED; the application's 404/500 passed on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../ports.mjs';
import { binary, runServer, serverDir } from './process.mjs';

/** @param {{ app: import('./app.mjs').App }} deps */
export async function startSquid({ app }) {
  const bin = binary(['/usr/sbin/squid'], 'squid');
  const dir = serverDir('squid');
  mkdirSync(join(dir, 'cache'), { mode: 0o777 });
  const [port, dead] = await Promise.all([freePort(), freePort()]);
  writeFileSync(join(dir, 'squid.conf'), `
http_port 127.0.0.1:${port} accel defaultsite=127.0.0.1 vhost
cache_peer 127.0.0.1 parent ${app.port} 0 no-query originserver name=app
cache_peer 127.0.0.1 parent ${dead} 0 no-query originserver name=gone connect-timeout=1 connect-fail-limit=1
acl dead urlpath_regex ^/dead/
acl denied urlpath_regex ^/denied/
http_access deny denied
http_access allow all
cache_peer_access gone allow dead
cache_peer_access gone deny all
cache_peer_access app deny dead
cache_peer_access app allow all
never_direct allow all
read_timeout 2 seconds
cache deny all
cache_effective_user proxy
pid_filename ${dir}/squid.pid
cache_log ${dir}/cache.log
access_log none
cache_store_log none
coredump_dir ${dir}/cache
shutdown_lifetime 0 seconds
`);
  return runServer({ name: 'squid', bin, args: ['-N', '-f', join(dir, 'squid.conf')], port, dir, timeoutMs: 30_000 });
}
