// A local page that fails in every common way, on real servers: a node server for plain
// statuses and a real nginx (when installed) for a dead upstream, auth_basic and a rate limit.
import { startFixture } from '../e2e/harness/fixture-server.mjs';
import { startNginx } from '../e2e/harness/nginx.mjs';
import { freePort } from '../e2e/harness/ports.mjs';

/** @returns {Promise<{ url: string, nginx: boolean, stop(): Promise<void> }>} */
export async function startDemoSite() {
  const fx = await startFixture();
  const ngx = await startNginx().catch((e) => {
    console.warn(`(nginx not available, the demo skips its 502/401/429: ${e.message})`);
    return undefined;
  });
  const refused = await freePort();
  const n = ngx?.origin;
  fx.setPage(
    'demo',
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Status Lens demo: a page that fails</title>
<style>body{font:15px system-ui;max-width:40em;margin:2em auto;padding:0 1em}</style>
<h1>A page that fails in many ways</h1>
<p>Open Status Lens from the toolbar: every response below that was not a 2xx, and every request that
failed outright, is listed and explained.</p>
<ul>
<li>a missing image (404) <img src="/images/logo.png" alt="" width="1" height="1"></li>
<li>a script that crashes the server (500) <script src="/status/500?script.js"></script></li>
<li>a redirect chain: 301 → 302 → 307 → 200</li>
<li>a connection refused (nothing listens on port ${refused})</li>
${n ? '<li>nginx in front of a dead upstream (502), auth_basic (401), a rate limit with Retry-After (429)</li>' : ''}
</ul>
<script>
const get = (u) => fetch(u, { credentials: 'omit', cache: 'no-store' }).catch(() => {});
get('/status/301?to=' + encodeURIComponent('/status/302?to=' + encodeURIComponent('/status/307?to=/ok')));
get('http://127.0.0.1:${refused}/api/health');
get('/status/503?maintenance');
${n ? `get('${n}/api/orders'); get('${n}/auth/admin'); get('${n}/limited.txt').then(() => get('${n}/limited.txt'));` : ''}
</script>`,
  );
  return {
    url: `${fx.origin}/page/demo`,
    nginx: !!ngx,
    stop: async () => {
      await Promise.all([fx.stop(), ngx?.stop()]);
    },
  };
}
