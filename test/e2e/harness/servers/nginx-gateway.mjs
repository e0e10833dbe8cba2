// nginx as the gateway in front of an application and of PHP-FPM: its own 502 (dead upstream,
// missing PHP-FPM socket), 504 (slow upstream), 401 (auth_basic) and 404 (missing file), and an
// application's 404/500 and PHP's 500 passed on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../ports.mjs';
import { nginxConf } from './nginx-conf.mjs';
import { binary, runServer, serverDir } from './process.mjs';
import { startPhpFpm } from './php-fpm.mjs';

/** @param {{ app: import('./app.mjs').App }} deps */
export async function startNginxGateway({ app }) {
  const bin = binary(['/usr/sbin/nginx', '/usr/bin/nginx'], 'nginx-light');
  const dir = serverDir('nginx');
  for (const d of ['tmp', 'logs', 'html']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'htpasswd'), 'test:{PLAIN}test\n');
  const php = await startPhpFpm(dir);
  const [port, dead] = await Promise.all([freePort(), freePort()]);
  const fastcgi = (sock) => `include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME ${php.docroot}/$fastcgi_script_name;
      fastcgi_pass unix:${sock};`;
  writeFileSync(join(dir, 'nginx.conf'), nginxConf(dir, `  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
    location = /page { proxy_pass http://127.0.0.1:${app.port}/app/page; }
    location /app/ { proxy_pass http://127.0.0.1:${app.port}; proxy_read_timeout 1s; }
    location /dead/ { proxy_pass http://127.0.0.1:${dead}; }
    location /auth/ { auth_basic "Status Lens nginx"; auth_basic_user_file ${dir}/htpasswd; }
    location /php/ { rewrite ^/php/(.*)$ /$1 break; ${fastcgi(php.socket)} }
    location /php-quiet/ { rewrite ^/php-quiet/(.*)$ /$1 break; ${fastcgi(php.quietSocket)} }
    location /php-down/ { rewrite ^/php-down/(.*)$ /$1 break; ${fastcgi(join(dir, 'no-such-php.sock'))} }
  }
`));
  const srv = await runServer({ name: 'nginx', bin, args: ['-e', join(dir, 'logs', 'startup.log'), '-p', dir, '-c', join(dir, 'nginx.conf')], port, dir });
  return {
    ...srv,
    stop: async () => { await srv.stop(); await php.stop(); },
  };
}
