// The knowledge base against what real servers emit (issue 13), no browser needed: raw sockets to
// Debian's nginx, Apache and HAProxy on 127.0.0.1, each with a config written here. What the KB says
// (src/kb/accuracy.test.ts holds the prose) must match what these servers actually do:
//   - nginx never sends 408: on client_header_timeout / client_body_timeout it closes without a byte
//     (even `return 408` does) and only its access log says 408;
//   - nginx's 494 (header too large) and 497 (HTTP to an HTTPS port) reach the client as 400, and the
//     access log says 400 too, never 494/497; the error-log lines behind them are written at info;
//   - Apache (mod_reqtimeout) and HAProxy (timeout http-request) do send 408.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './harness/ports.mjs';
import { binary, runServer, serverDir, type Running } from './harness/servers/process.mjs';

/** Send raw bytes, read until the server closes (or `timeoutMs`), return what came back. */
function exchange(port: number, request: string, timeoutMs = 8_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within ${timeoutMs} ms; got ${JSON.stringify(Buffer.concat(chunks).toString().slice(0, 80))}`));
    }, timeoutMs);
    socket.on('data', (d) => chunks.push(d));
    // A server that gives up on a half-sent upload may reset rather than close: both end the exchange.
    const done = () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    socket.on('close', done);
    socket.on('error', () => undefined);
  });
}

/** Poll a log file until `pred` holds (servers write their access log after the connection ends). */
async function logLines(file: string, pred: (lines: string[]) => boolean): Promise<string[]> {
  const t0 = Date.now();
  for (;;) {
    const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];
    if (pred(lines) || Date.now() - t0 > 5_000) return lines;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const PARTIAL_HEADER = 'GET /slow HTTP/1.1\r\nHost: x\r\n';
const PARTIAL_BODY = 'POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc';

describe('knowledge base against what real servers emit', () => {
  const dirs: string[] = [];
  const workdir = (product: string) => {
    const d = serverDir(product);
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  describe('nginx', () => {
    let nginx: Running | undefined;
    let dir = '';
    let port = 0;
    let tlsPort = 0;
    beforeAll(async () => {
      const dead = await freePort(); // nothing listens: nginx reads the whole body before it tries
      dir = workdir('kb-nginx');
      for (const d of ['logs', 'tmp', 'html']) mkdirSync(join(dir, d));
      writeFileSync(join(dir, 'html', 'index.html'), 'ok');
      [port, tlsPort] = await Promise.all([freePort(), freePort()]);
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
      writeFileSync(join(dir, 'nginx.conf'), `
daemon off; master_process off; worker_processes 1; pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log info;
events { worker_connections 64; }
http {
  access_log ${dir}/logs/access.log;
  client_body_temp_path ${dir}/tmp/body; proxy_temp_path ${dir}/tmp/proxy; fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi; scgi_temp_path ${dir}/tmp/scgi;
  client_header_timeout 1s; client_body_timeout 1s;
  large_client_header_buffers 2 1k;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
    location = /return-408 { return 408; }
    location = /upload { proxy_pass http://127.0.0.1:${dead}; }
  }
  server {
    listen 127.0.0.1:${tlsPort} ssl;
    ssl_certificate ${dir}/cert.pem; ssl_certificate_key ${dir}/key.pem;
    root ${dir}/html;
  }
}
`);
      const bin = binary(['/usr/sbin/nginx', '/usr/bin/nginx'], 'nginx-light');
      nginx = await runServer({ name: 'nginx', bin, args: ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs', 'startup.log')], port, dir });
    });
    afterAll(() => nginx?.stop());

    it('never sends 408: a header or body timeout closes the connection without a byte, and only access.log says 408', async () => {
      expect(await exchange(port, PARTIAL_HEADER)).toBe('');
      expect(await exchange(port, PARTIAL_BODY)).toBe('');
      // Not even when the configuration asks for it.
      expect(await exchange(port, 'GET /return-408 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe('');
      const access = await logLines(join(dir, 'logs', 'access.log'), (l) => l.filter((x) => /" 408 /.test(x)).length >= 3);
      expect(access.filter((l) => /" 408 /.test(l))).toHaveLength(3);
      const errors = readFileSync(join(dir, 'logs', 'error.log'), 'utf8');
      expect(errors).toMatch(/\[info\][^\n]*client timed out/);
    });

    it('sends 400 for a header too large (its internal 494) and logs 400, the message at info', async () => {
      const reply = await exchange(port, `GET / HTTP/1.1\r\nHost: x\r\nCookie: ${'a'.repeat(3000)}\r\nConnection: close\r\n\r\n`);
      expect(reply).toMatch(/^HTTP\/1\.1 400 /);
      expect(reply).toMatch(/Request Header Or Cookie Too Large/);
      const access = await logLines(join(dir, 'logs', 'access.log'), (l) => l.some((x) => /" 400 /.test(x)));
      expect(access.some((l) => /" 400 /.test(l))).toBe(true);
      expect(access.some((l) => /" 49[4-7] /.test(l))).toBe(false);
      expect(readFileSync(join(dir, 'logs', 'error.log'), 'utf8')).toMatch(/\[info\][^\n]*client sent too long header line/);
    });

    it('sends 400 for plain HTTP on its TLS port (its internal 497) and logs 400, the message at info', async () => {
      const reply = await exchange(tlsPort, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      expect(reply).toMatch(/^HTTP\/1\.1 400 /);
      expect(reply).toMatch(/The plain HTTP request was sent to HTTPS port/);
      const access = await logLines(join(dir, 'logs', 'access.log'), (l) => l.filter((x) => /" 400 /.test(x)).length >= 2);
      expect(access.filter((l) => /" 400 /.test(l)).length).toBeGreaterThanOrEqual(2);
      expect(access.some((l) => /" 49[4-7] /.test(l))).toBe(false);
      expect(readFileSync(join(dir, 'logs', 'error.log'), 'utf8')).toMatch(/\[info\][^\n]*client sent plain HTTP request to HTTPS port/);
    });
  });

  describe('Apache and HAProxy', () => {
    let apache: Running | undefined;
    let haproxy: Running | undefined;
    let apachePort = 0;
    let haproxyPort = 0;
    beforeAll(async () => {
      const dir = workdir('kb-408');
      [apachePort, haproxyPort] = await Promise.all([freePort(), freePort()]);
      const mods = '/usr/lib/apache2/modules';
      writeFileSync(join(dir, 'httpd.conf'), `
ServerRoot ${dir}
ServerName localhost
Listen 127.0.0.1:${apachePort}
LoadModule mpm_event_module ${mods}/mod_mpm_event.so
LoadModule authz_core_module ${mods}/mod_authz_core.so
LoadModule reqtimeout_module ${mods}/mod_reqtimeout.so
User www-data
Group www-data
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
DocumentRoot ${dir}
RequestReadTimeout header=1 body=1
`);
      writeFileSync(join(dir, 'haproxy.cfg'), `
defaults
  mode http
  timeout connect 1s
  timeout client 5s
  timeout server 5s
  timeout http-request 1s
frontend fe
  bind 127.0.0.1:${haproxyPort}
  http-request return status 200 content-type text/plain string ok
`);
      [apache, haproxy] = await Promise.all([
        runServer({ name: 'apache2', bin: binary(['/usr/sbin/apache2'], 'apache2'), args: ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], port: apachePort, dir,
          env: { APACHE_RUN_DIR: dir, APACHE_LOCK_DIR: dir, APACHE_LOG_DIR: dir } }),
        runServer({ name: 'haproxy', bin: binary(['/usr/sbin/haproxy'], 'haproxy'), args: ['-db', '-f', join(dir, 'haproxy.cfg')], port: haproxyPort, dir }),
      ]);
    });
    afterAll(() => Promise.all([apache?.stop(), haproxy?.stop()]));

    it('Apache (mod_reqtimeout) answers a slow header or body with 408', async () => {
      expect(await exchange(apachePort, PARTIAL_HEADER)).toMatch(/^HTTP\/1\.1 408 /);
      expect(await exchange(apachePort, PARTIAL_BODY)).toMatch(/^HTTP\/1\.1 408 /);
    });

    it('HAProxy (timeout http-request) answers a slow header with 408', async () => {
      expect(await exchange(haproxyPort, PARTIAL_HEADER)).toMatch(/^HTTP\/1\.1 408 /);
    });
  });
});
