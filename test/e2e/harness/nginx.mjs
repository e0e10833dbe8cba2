// A real nginx on 127.0.0.1 for genuine proxy errors: a 502 from a dead upstream, auth_basic 401,
// a rate-limited 429, 444 (connection closed without a response). Tied to the test process: it
// is killed when the test ends or the process exits, even on failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.mjs';

/** @typedef {{ port: number, origin: string, stop(): Promise<void> }} Nginx */

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

/** @returns {Promise<Nginx>} */
export async function startNginx() {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const dir = mkdtempSync(join(tmpdir(), 'status-lens-nginx-'));
  for (const d of ['tmp', 'logs', 'html']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'html', 'index.html'), '<!doctype html><title>ok</title><p>ok</p>');
  writeFileSync(join(dir, 'html', 'limited.txt'), 'limited');
  // user "test" password "test"
  writeFileSync(join(dir, 'htpasswd'), 'test:{PLAIN}test\n');
  const port = await freePort();
  const dead = await freePort(); // nothing listens here: proxy_pass to it yields a real 502
  const conf = `
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/logs/access.log;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  limit_req_zone $binary_remote_addr zone=one:1m rate=1r/m;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
    add_header Access-Control-Allow-Origin * always;
    location /api/ { proxy_pass http://127.0.0.1:${dead}; proxy_connect_timeout 2s; }
    location /auth/ { auth_basic "Status Lens test"; auth_basic_user_file ${dir}/htpasswd; }
    location /limited.txt {
      limit_req zone=one nodelay;
      limit_req_status 429;
      # add_header here replaces the server-level ones (nginx inheritance): repeat CORS.
      add_header Access-Control-Allow-Origin * always;
      add_header Retry-After 60 always;
      add_header Cache-Control no-store always;
      try_files $uri =404;
    }
    location /closed { return 444; }
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-e', join(dir, 'logs', 'startup.log'), '-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  // Wait until it answers.
  const origin = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(origin + '/');
      break;
    } catch {
      if (Date.now() - t0 > 10_000) throw new Error(`nginx did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    port,
    origin,
    stop: async () => {
      process.removeListener('exit', kill);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    },
  };
}
