// PHP-FPM (Debian's php-fpm8.2) on a unix socket, for nginx's fastcgi_pass: a real PHP
// application error. Two pools: one with expose_php on (X-Powered-By: PHP/x.y), as many hosts
// run it, and one with Debian's default (off).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binary } from './process.mjs';

const PHP_FPM = ['/usr/sbin/php-fpm8.2', '/usr/sbin/php-fpm'];

/**
 * @param {string} dir
 * @returns {Promise<{ socket: string, quietSocket: string, docroot: string, stop(): Promise<void> }>}
 */
export async function startPhpFpm(dir) {
  const bin = binary(PHP_FPM, 'php-fpm');
  const docroot = join(dir, 'php');
  mkdirSync(docroot, { recursive: true });
  // An uncaught exception: PHP answers 500 itself (display_errors off: an empty body).
  writeFileSync(join(docroot, 'error.php'), '<?php throw new RuntimeException("orders table is locked");\n');
  writeFileSync(join(docroot, 'denied.php'), '<?php http_response_code(403); echo "forbidden by the app";\n');
  const socket = join(dir, 'php.sock');
  const quietSocket = join(dir, 'php-quiet.sock');
  const pool = (name, sock, expose) => `
[${name}]
user = www-data
group = www-data
listen = ${sock}
listen.mode = 0666
pm = static
pm.max_children = 2
catch_workers_output = yes
php_admin_flag[expose_php] = ${expose ? 'on' : 'off'}
php_admin_flag[display_errors] = off
`;
  const conf = join(dir, 'php-fpm.conf');
  writeFileSync(conf, `[global]
pid = ${join(dir, 'php-fpm.pid')}
error_log = ${join(dir, 'php-fpm.log')}
daemonize = no
${pool('exposed', socket, true)}
${pool('quiet', quietSocket, false)}
`);
  const child = spawn(bin, ['-F', '-R', '-y', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const kill = () => { try { child.kill('SIGKILL'); } catch { /* gone */ } };
  process.once('exit', kill);
  const t0 = Date.now();
  while (!(existsSync(socket) && existsSync(quietSocket))) {
    if (child.exitCode !== null) throw new Error(`php-fpm exited: ${out}`);
    if (Date.now() - t0 > 15_000) { kill(); throw new Error(`php-fpm did not open its sockets: ${out}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    socket,
    quietSocket,
    docroot,
    stop: async () => {
      process.removeListener('exit', kill);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      const t = setTimeout(kill, 3000);
      await gone;
      clearTimeout(t);
    },
  };
}
