// lighttpd: its own 404 for a missing file, 401 from mod_auth, 503 from mod_proxy for a dead
// backend, 504 past the proxy's read timeout? (lighttpd has none configurable in 1.4.69's
// mod_proxy: the slow case is left out); the application's 500 passed on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../ports.mjs';
import { binary, runServer, serverDir } from './process.mjs';

/** @param {{ app: import('./app.mjs').App }} deps */
export async function startLighttpd({ app }) {
  const bin = binary(['/usr/sbin/lighttpd'], 'lighttpd');
  const dir = serverDir('lighttpd');
  mkdirSync(join(dir, 'html'));
  writeFileSync(join(dir, 'html', 'index.html'), '<!doctype html><title>lighttpd</title>');
  writeFileSync(join(dir, 'htpasswd'), 'test:test\n');
  const [port, dead] = await Promise.all([freePort(), freePort()]);
  writeFileSync(join(dir, 'lighttpd.conf'), `
server.modules = ("mod_auth", "mod_authn_file", "mod_proxy")
server.document-root = "${dir}/html"
server.bind = "127.0.0.1"
server.port = ${port}
server.pid-file = "${dir}/lighttpd.pid"
server.errorlog = "${dir}/error.log"
mimetype.assign = (".html" => "text/html", ".txt" => "text/plain")
auth.backend = "plain"
auth.backend.plain.userfile = "${dir}/htpasswd"
auth.require = ("/auth/" => ("method" => "basic", "realm" => "Status Lens lighttpd", "require" => "valid-user"))
$HTTP["url"] =~ "^/(page|app/)" {
  proxy.server = ("" => (("host" => "127.0.0.1", "port" => ${app.port})))
  proxy.header = ("map-urlpath" => ("/page" => "/app/page"))
}
$HTTP["url"] =~ "^/dead/" {
  proxy.server = ("" => (("host" => "127.0.0.1", "port" => ${dead})))
}
`);
  return runServer({ name: 'lighttpd', bin, args: ['-D', '-f', join(dir, 'lighttpd.conf')], port, dir });
}
