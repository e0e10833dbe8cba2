// A node http server for pages and plain statuses: /status/NNN answers NNN, /page/<name> serves a
// fixture page. Everything on 127.0.0.1.
import { createServer } from 'node:http';
import { freePort } from './ports.mjs';

/**
 * @typedef {object} Fixture
 * @property {string} origin
 * @property {string[]} seen requests seen, for assertions (path list)
 * @property {(name: string, html: string) => void} setPage
 * @property {() => Promise<void>} stop
 */

/** @returns {Promise<Fixture>} */
export async function startFixture() {
  /** @type {Map<string, string>} */
  const pages = new Map();
  /** @type {string[]} */
  const seen = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(url.pathname + url.search);
    const page = /^\/(page|cacheable)\/([\w-]+)/.exec(url.pathname);
    if (url.pathname === '/favicon.ico') {
      // Firefox asks for a favicon on every page; answer so "clean" pages stay clean.
      res.writeHead(204, { 'cache-control': 'max-age=3600' });
      res.end();
      return;
    }
    if (page && pages.has(page[2])) {
      // /cacheable/ pages may enter the back/forward cache (no-store keeps a page out of it).
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(page[1] === 'page' ? { 'cache-control': 'no-store' } : {}) });
      res.end(pages.get(page[2]));
      return;
    }
    const status = /^\/status\/(\d{3})/.exec(url.pathname);
    if (status) {
      const code = Number(status[1]);
      /** @type {Record<string, string>} */
      const headers = { 'content-type': 'text/plain', 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
      if (code >= 300 && code < 400) headers.location = url.searchParams.get('to') ?? '/page/clean';
      if (code === 503 || code === 429) headers['retry-after'] = '120';
      if (code === 405) headers.allow = 'GET, HEAD';
      res.writeHead(code, headers);
      res.end(code === 204 || code === 304 ? undefined : `status ${code}`);
      return;
    }
    if (url.pathname.startsWith('/markup')) {
      // Markup in a header value: the popup must show it as text.
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store', server: '<img src=x onerror=alert(1)><b>bold</b>' });
      res.end('markup');
      return;
    }
    if (url.pathname.startsWith('/fat/')) {
      // A hostile response: 30 Link headers of UTF-8 euros, sent as raw bytes (a browser reads them
      // as Latin-1: three characters, six stored bytes, per euro).
      const euros = Buffer.from('€'.repeat(600), 'utf8').toString('latin1');
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store', 'access-control-allow-origin': '*', link: Array.from({ length: 30 }, (_, i) => `<${i}>; ${euros}`) });
      res.end('fat');
      return;
    }
    if (url.pathname.startsWith('/slow/')) {
      // Answers after 5 s: long enough for a page to abort it first.
      const t = setTimeout(() => { res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store', 'access-control-allow-origin': '*' }); res.end('late'); }, 5000);
      res.on('close', () => clearTimeout(t));
      return;
    }
    if (url.pathname.startsWith('/event-stream/')) {
      // A server-sent event stream: 200 and the first event at once, then open until the client leaves.
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write('retry: 60000\ndata: hello\n\n');
      return;
    }
    if (url.pathname === '/ok') {
      res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end('ok');
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', () => r(undefined)));
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    setPage: (name, html) => pages.set(name, html),
    stop: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r(undefined)); }),
  };
}
