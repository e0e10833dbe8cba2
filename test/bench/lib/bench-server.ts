// The benchmarks' web server on 127.0.0.1, nothing cached (Cache-Control: no-store everywhere).
//   /load?n=1200&r=<round>   a page with n <img> (40% failing: 20% 404, 20% 500) that resolves
//                             window.__done once every image has settled and the load event ran
//   /burst?n=5000&tab=<t>     a page that fetches n distinct failing URLs (404/500), plus
//                             &errors=1 to send one in ten to a closed port (a network error)
//   /warm                      an image that 404s, to check the extension is listening
//   /img/<i>                   <i> % 5 == 0: 404, == 1: 500, else a 1x1 GIF
//   /fail/<code>/...           answers <code> with an HTML error page
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { freePort } from '../../e2e/harness/ports.mjs';

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
let served = 0;

function errorPage(res: ServerResponse, code: number): void {
  res.writeHead(code, {
    'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', server: 'bench-node',
    'x-request-id': `req-${(served++).toString(16)}`, 'access-control-allow-origin': '*', vary: 'Accept-Encoding',
  });
  res.end(`<!doctype html><title>${code}</title><h1>Error ${code}</h1><p>The benchmark server answered ${code} on purpose.</p>`);
}

function html(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** Counts img load/error events; resolves window.__done after the last one and the load event. */
const SETTLE_SCRIPT = (n: number) => `<script>
(function () {
  var settled = 0, last = 0, loaded = false, done;
  window.__done = new Promise(function (r) { done = r; });
  function check() {
    if (settled < ${n} || !loaded) return;
    setTimeout(function () {
      var nav = performance.getEntriesByType('navigation')[0];
      done({ settled: settled, lastSettle: last, loadEventEnd: nav.loadEventEnd });
    }, 0);
  }
  function on(e) { if (e.target && e.target.tagName === 'IMG') { settled++; last = performance.now(); check(); } }
  document.addEventListener('load', on, true);
  document.addEventListener('error', on, true);
  window.addEventListener('load', function () { loaded = true; check(); });
})();
</script>`;

function loadPage(n: number, round: string): string {
  const imgs: string[] = [];
  for (let i = 0; i < n; i++) imgs.push(`<img src="/img/${i}?r=${round}" width="1" height="1" alt="">`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>load ${round}</title>${SETTLE_SCRIPT(n)}</head><body>${imgs.join('\n')}</body></html>`;
}

function burstPage(n: number, tab: string, deadOrigin: string | null): string {
  return `<!doctype html><meta charset="utf-8"><title>burst ${tab}</title><script>
  (function () {
    var jobs = [], t0 = performance.now();
    for (var i = 0; i < ${n}; i++) {
      var url = ${deadOrigin ? `i % 10 === 9 ? '${deadOrigin}/dead/${tab}/' + i :` : ''} '/fail/' + (i % 2 ? 500 : 404) + '/${tab}/' + i + '/asset-' + i + '.json';
      jobs.push(fetch(url, { credentials: 'omit', cache: 'no-store' }).then(function (r) { return r.text(); }, function () {}));
    }
    window.__done = Promise.all(jobs).then(function () { return { start: t0, end: performance.now() }; });
  })();
  </script>`;
}

export interface BenchServer {
  origin: string;
  /** A port nothing listens on: requests to it fail with a network error. */
  deadOrigin: string;
  stop(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const dead = await freePort();
  const deadOrigin = `http://127.0.0.1:${dead}`;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const q = (k: string, d: string) => url.searchParams.get(k) ?? d;
    if (p === '/load') return html(res, loadPage(Number(q('n', '1200')), q('r', '0')));
    if (p === '/burst') return html(res, burstPage(Number(q('n', '5000')), q('tab', '0'), q('errors', '') ? deadOrigin : null));
    if (p === '/warm') return html(res, `<!doctype html><title>warm</title><img src="/fail/404/warm/${Date.now()}.png">`);
    const img = /^\/img\/(\d+)$/.exec(p);
    if (img) {
      const i = Number(img[1]);
      if (i % 5 === 0) return errorPage(res, 404);
      if (i % 5 === 1) return errorPage(res, 500);
      res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store', 'content-length': GIF.length });
      return res.end(GIF);
    }
    const fail = /^\/fail\/(\d{3})\//.exec(p);
    if (fail) return errorPage(res, Number(fail[1]));
    if (p === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'max-age=3600' });
      return res.end();
    }
    errorPage(res, 404);
  });
  server.keepAliveTimeout = 30_000;
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${port}`,
    deadOrigin,
    stop: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
