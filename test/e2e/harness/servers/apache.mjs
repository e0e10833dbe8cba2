// Apache httpd (Debian's apache2, event MPM) as a gateway with mod_proxy: its own 503 for a
// backend it cannot reach, 504 past ProxyTimeout, 401 from mod_auth_basic, 404 for a missing
// file; an application's 500 passed on.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../ports.mjs';
import { binary, runServer, serverDir } from './process.mjs';

const MODS = '/usr/lib/apache2/modules';
const modules = ['mpm_event', 'authz_core', 'authn_core', 'authn_file', 'authz_user', 'auth_basic', 'mime', 'dir', 'alias', 'proxy', 'proxy_http'];

/** @param {{ app: import('./app.mjs').App }} deps */
export async function startApache({ app }) {
  const bin = binary(['/usr/sbin/apache2'], 'apache2');
  const dir = serverDir('apache');
  mkdirSync(join(dir, 'html'));
  writeFileSync(join(dir, 'html', 'index.html'), '<!doctype html><title>apache</title>');
  // user "test", password "test", in htpasswd's {SHA} form (base64 of SHA-1).
  writeFileSync(join(dir, 'htpasswd'), `test:{SHA}${createHash('sha1').update('test').digest('base64')}\n`);
  const [port, dead] = await Promise.all([freePort(), freePort()]);
  writeFileSync(join(dir, 'httpd.conf'), `
${modules.map((m) => `LoadModule ${m}_module ${MODS}/mod_${m}.so`).join('\n')}
ServerRoot ${dir}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
LogLevel warn
User www-data
Group www-data
DocumentRoot ${dir}/html
TypesConfig /etc/mime.types
ServerTokens Full
ProxyPass /page http://127.0.0.1:${app.port}/app/page
ProxyPass /app/ http://127.0.0.1:${app.port}/app/ timeout=1
ProxyPass /dead/ http://127.0.0.1:${dead}/
<Location /auth/>
  AuthType Basic
  AuthName "Status Lens apache"
  AuthUserFile ${dir}/htpasswd
  Require valid-user
</Location>
`);
  return runServer({ name: 'apache2', bin, args: ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], port, dir, env: { APACHE_RUN_DIR: dir, APACHE_LOCK_DIR: dir, APACHE_LOG_DIR: dir } });
}
