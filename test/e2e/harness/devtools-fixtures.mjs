// Real nginx in front of a small application, for the DevTools panel's e2e: the application's
// RFC 9457 problem document and a GraphQL 200 with errors passed on by nginx, nginx's own 502
// page (dead upstream), and nginx's own 504 after proxy_read_timeout 2s (the upstream sleeps 8 s).
// The test page fetches them all. Both processes are tied to the test process.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { freePort } from './ports.mjs';
import { nginxConf } from './servers/nginx-conf.mjs';
import { binary, runServer, serverDir } from './servers/process.mjs';

/** The paths the page fetches, and what each must give. */
export const CASES = {
  problem: '/app/orders/42',
  nginx502: '/dead/orders',
  slow504: '/slow/report',
  graphql: '/app/graphql',
};

/** nginx's proxy_read_timeout for /slow/, in seconds. */
export const READ_TIMEOUT_S = 2;

/** Secrets the page sends with its requests: none may reach the exported HAR. */
export const SECRETS = { cookie: 'sess-7f3a9c2e1b0d4f6a8c2e', bearer: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.Zm9vYmFyYmF6cXV4', query: 'qt_8d7c6b5a4f3e2d1c0b9a' };

const PAGE = `<!doctype html><meta charset="utf-8"><title>devtools fixture</title><p>fixture</p><script>
document.cookie = 'session_id=${SECRETS.cookie}; path=/';
// The page reads each body, as applications do: Chromium 156's DevTools never finishes a
// chunked response the page leaves unread (no onRequestFinished, getContent never answers;
// seen here), and the panel then says it has no body (platform/devtools.ts waits 3 s).
const get = (u, o) => fetch(u, { credentials: 'omit', cache: 'no-store', ...o }).then((r) => r.text()).catch(() => {});
get(${JSON.stringify(CASES.problem)} + '?access_token=${SECRETS.query}&view=full', { credentials: 'same-origin', headers: { authorization: 'Bearer ${SECRETS.bearer}' } });
get(${JSON.stringify(CASES.nginx502)});
get(${JSON.stringify(CASES.slow504)});
get(${JSON.stringify(CASES.graphql)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ order(id: 42) { id total } }' }) });
</script>`;

function startApp() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(PAGE);
    }
    if (url.pathname.startsWith('/app/orders/')) {
      res.writeHead(422, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' });
      return res.end(JSON.stringify({
        type: 'https://shop.example/probs/out-of-stock', title: 'Item out of stock', status: 422,
        detail: 'Order 42 needs 3 of sku-9 but 1 is left.', instance: '/app/orders/42',
      }));
    }
    if (url.pathname === '/app/graphql') {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return res.end(JSON.stringify({ data: { order: null }, errors: [{ message: 'Not authorised to read order 42', path: ['order'], extensions: { code: 'FORBIDDEN' } }] }));
    }
    if (url.pathname.startsWith('/slow/')) {
      const t = setTimeout(() => res.end('late'), 8000);
      res.on('close', () => clearTimeout(t));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    stop: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r(undefined)); }),
  })));
}

/** @returns {Promise<{ origin: string, pageUrl: string, stop(): Promise<void> }>} */
export async function startDevtoolsFixtures() {
  const app = /** @type {{ port: number, stop(): Promise<void> }} */ (await startApp());
  const bin = binary(['/usr/sbin/nginx', '/usr/bin/nginx'], 'nginx-light');
  const dir = serverDir('nginx-devtools');
  for (const d of ['tmp', 'logs']) mkdirSync(join(dir, d));
  const [port, dead] = await Promise.all([freePort(), freePort()]);
  writeFileSync(join(dir, 'nginx.conf'), nginxConf(dir, `  server {
    listen 127.0.0.1:${port};
    location = /page { proxy_pass http://127.0.0.1:${app.port}; }
    location /app/ { proxy_pass http://127.0.0.1:${app.port}; }
    location /slow/ { proxy_pass http://127.0.0.1:${app.port}; proxy_read_timeout ${READ_TIMEOUT_S}s; }
    location /dead/ { proxy_pass http://127.0.0.1:${dead}; }
  }
`));
  let srv;
  try {
    srv = await runServer({ name: 'nginx', bin, args: ['-e', join(dir, 'logs', 'startup.log'), '-p', dir, '-c', join(dir, 'nginx.conf')], port, dir });
  } catch (e) {
    await app.stop();
    throw e;
  }
  return {
    origin: srv.origin,
    pageUrl: `${srv.origin}/page`,
    stop: async () => {
      await srv.stop();
      await app.stop();
    },
  };
}
