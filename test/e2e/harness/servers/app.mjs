// The application behind the gateways: a plain Node HTTP app (it stands for "the site's own
// code", not for any vendor). Its answers carry what an application's do: a JSON content type
// with a charset and a request id. /app/slow never answers in time; /app/page is the HTML page
// each gateway's test tab loads.
import { createServer } from 'node:http';
import { freePort } from '../ports.mjs';

/** @typedef {{ port: number, origin: string, stop(): Promise<void> }} App */

/**
 * The test page's script: fetches every path given as ?c=..., same-origin, without credentials
 * (a 401 with Basic would otherwise open a login prompt no headless browser answers).
 */
export const FETCH_CASES = "for (const u of new URLSearchParams(location.search).getAll('c')) fetch(u, { credentials: 'omit', cache: 'no-store' }).catch(() => {});";

/** @returns {Promise<App>} */
export async function startApp() {
  let n = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (status, obj) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': `app-${++n}`, 'cache-control': 'no-store' });
      res.end(JSON.stringify(obj));
    };
    if (url.pathname.endsWith('/slow')) {
      // Longer than every gateway's upstream timeout in these tests (1-2 s), shorter than the test.
      const t = setTimeout(() => json(200, { late: true }), 8000);
      res.on('close', () => clearTimeout(t));
      return;
    }
    if (url.pathname.endsWith('/error')) return json(500, { error: 'database unavailable' });
    if (url.pathname.endsWith('/missing')) return json(404, { error: 'no such order' });
    if (url.pathname.endsWith('/page') || url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<!doctype html><title>app</title><p>app</p><script>${FETCH_CASES}</script>`);
      return;
    }
    json(404, { error: 'not found' });
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', () => r(undefined)));
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r(undefined)); }),
  };
}
