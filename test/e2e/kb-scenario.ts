// Every knowledge-base entry opens, complete, through the popup's deep links: all registered
// and vendor codes, a sweep of unassigned codes, invalid codes, every network error name from the
// reference list, and the compare view. Then the knowledge base against what this browser really
// reports: the names it gives a real nginx's silent close (444) and a TCP reset, and the status a
// too-large Cookie header gets from nginx, each opened to the entry the popup shows for it.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtBrowser } from './harness/browsers.mjs';
import { startFixture, type Fixture } from './harness/fixture-server.mjs';
import { startNginx, type Nginx } from './harness/nginx.mjs';
import { freePort } from './harness/ports.mjs';
import { openAndWait, openPopup, openRecordedPage, waitForRows } from './harness/popup';

const ROOT = resolve(import.meta.dirname, '../..');
const codes = readdirSync(resolve(ROOT, 'data/status')).map((f) => Number(f.replace('.json', ''))).sort((a, b) => a - b);
const TSV = resolve(ROOT, 'test/fixtures/reference/network-errors.tsv');
const errorNames = readFileSync(TSV, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[1]);

interface Shown {
  code?: string;
  error?: string;
  kind?: string;
  summary: string;
  sections: number;
  spec: boolean;
}

async function shown(page: Page, selector: string): Promise<Shown> {
  await page.waitForSelector(selector, { timeout: 10_000 });
  return page.$eval(selector, (el) => ({
    code: el.getAttribute('data-kb-code') ?? undefined,
    error: el.getAttribute('data-kb-error') ?? undefined,
    kind: el.getAttribute('data-kb-kind') ?? undefined,
    summary: el.querySelector('.kb-summary')?.textContent?.trim() ?? '',
    sections: el.querySelectorAll('.section .steps li, .section p').length,
    spec: !!el.querySelector('a[href^="https://"]'),
  }));
}

export function kbScenario(name: BrowserName): void {
  describe(`${name}: knowledge base deep links`, () => {
    let ext: ExtBrowser;
    let page: Page;
    beforeAll(async () => {
      ext = await launch(name);
      page = await ext.browser.newPage();
    });
    afterAll(async () => ext?.close());

    it(`opens every one of the ${codes.length} status entries, complete`, async () => {
      const incomplete: string[] = [];
      for (const code of codes) {
        await openAndWait(ext, `?code=${code}`, page, `[data-kb-code="${code}"]`);
        const s = await shown(page, `[data-kb-code="${code}"]`);
        if (s.kind !== 'entry' || s.summary.length < 10 || s.sections < 6 || !s.spec) incomplete.push(`${code}: ${JSON.stringify(s)}`);
      }
      expect(incomplete).toEqual([]);
    });

    it('explains unassigned codes by their class and rejects invalid ones', async () => {
      const known = new Set(codes);
      const sweep = [];
      for (let c = 100; c <= 599; c += 7) if (!known.has(c)) sweep.push(c);
      for (const code of sweep) {
        await openAndWait(ext, `?code=${code}`, page, `[data-kb-code="${code}"]`);
        const s = await shown(page, `[data-kb-code="${code}"]`);
        expect(s.kind, String(code)).toBe('unregistered');
        expect(s.summary).toMatch(/unregistered/i);
      }
      for (const code of [99, 600, 998]) {
        await openPopup(ext, `?code=${code}`, page);
        expect((await shown(page, `[data-kb-code="${code}"]`)).kind).toBe('invalid');
      }
      await openPopup(ext, '?code=abc', page);
      await page.waitForSelector('[data-kb-code-invalid="abc"]');
    });

    it(`opens every network error name (${errorNames.length}) to a real entry`, async () => {
      const unknown: string[] = [];
      for (const n of errorNames) {
        await openAndWait(ext, `?error=${encodeURIComponent(n)}`, page, '[data-kb-error]');
        const id = await page.$eval('[data-kb-error]', (e) => e.getAttribute('data-kb-error-id'));
        const s = await shown(page, '[data-kb-error]');
        if (id === 'UNKNOWN' || s.summary.length < 10) unknown.push(n);
      }
      expect(unknown).toEqual([]);
    });

    it('compares 202 with 502 side by side', async () => {
      await openPopup(ext, '?compare=202,502', page);
      await page.waitForSelector('[data-compare="202,502"] [data-kb-code="502"]');
      const text = await page.$eval('main', (m) => m.textContent ?? '');
      expect(text).toContain('202 Accepted vs 502 Bad Gateway');
      expect(await page.$$eval('.differences li', (l) => l.length)).toBeGreaterThanOrEqual(3);
      await openPopup(ext, '?compare=202', page);
      await page.waitForSelector('[role="alert"]');
    });

    it('names registries in words in the comparison, never as raw tokens', async () => {
      await openPopup(ext, '?compare=200,520', page);
      await page.waitForSelector('[data-compare="200,520"] [data-kb-code="520"]');
      const diffs = await page.$eval('.differences', (d) => d.textContent ?? '');
      expect(diffs).toContain('registered (IANA)');
      expect(diffs).toContain('vendor code, not registered');
      expect(diffs).not.toMatch(/\b(?:iana|vendor|unregistered)\b(?![ (])/);
    });

    it('shows heuristic caching, browser support and the date vendor limits were checked', async () => {
      await openAndWait(ext, '?code=404', page, '[data-kb-code="404"] [data-kb-cache="heuristic"]');
      await openAndWait(ext, '?code=103', page, '[data-kb-code="103"] [data-kb-browsers]');
      expect(await page.$eval('[data-kb-browsers]', (e) => e.textContent ?? '')).toContain('Firefox');
      await openAndWait(ext, '?code=524', page, '[data-kb-code="524"] [data-kb-as-of]');
      await openAndWait(ext, '?code=502', page, '[data-kb-code="502"]');
      expect(await page.$$('[data-kb-cache]')).toHaveLength(0);
    });

    it('finds explanations from the search box', async () => {
      await openPopup(ext, '?tabId=999999', page);
      await page.waitForSelector('#kb-search');
      await page.type('#kb-search', 'teapot');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.search-hits a[href="?code=418"]');
      await page.click('#kb-search', { count: 3 });
      await page.keyboard.press('Backspace');
      await page.type('#kb-search', '504');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-kb-code="504"]');
    });
  });

  describe(`${name}: knowledge base against the names this browser reports`, () => {
    let ext: ExtBrowser;
    let fx: Fixture;
    let ngx: Nginx;
    let resetter: Server;
    let resetUrl = '';
    let popup: Page;
    beforeAll(async () => {
      const resetPort = await freePort();
      // A real TCP reset: accept, read the request, abort the socket (RST, not FIN).
      resetter = createServer((socket) => {
        socket.on('error', () => undefined);
        socket.once('data', () => socket.resetAndDestroy());
      });
      await new Promise<void>((r) => resetter.listen(resetPort, '127.0.0.1', r));
      resetUrl = `http://127.0.0.1:${resetPort}/reset.png`;
      [fx, ngx, ext] = await Promise.all([startFixture(), startNginx(), launch(name)]);
      // Three 4,000-byte cookies for 127.0.0.1 (cookies ignore the port) make one Cookie header line
      // longer than nginx's 8 KB header buffer: nginx's internal 494. Scoped to /index.html, so a
      // reload does not send them to /closed (nginx would then answer 400 instead of closing).
      fx.setPage('kb-emitted', `<!doctype html><title>emitted</title>
<img src="${ngx.origin}/closed">
<img src="${resetUrl}">
<script>
  for (const n of ['a', 'b', 'c']) document.cookie = n + '=' + 'x'.repeat(4000) + '; path=/index.html';
</script>`);
      ({ popup } = await openRecordedPage(ext, `${fx.origin}/page/kb-emitted`, (r) =>
        r.some((x) => x.url === `${ngx.origin}/closed` && x.status === 'error')
        && r.some((x) => x.url === resetUrl && x.status === 'error')));
    });
    afterAll(async () => {
      await ext?.close();
      await Promise.all([fx?.stop(), ngx?.stop(), new Promise((r) => resetter?.close(r))]);
    });

    /** Open a listed failure and return the name the browser reported and the entry it opens. */
    async function opened(url: string): Promise<{ name: string; id: string; text: string }> {
      await waitForRows(popup, (r) => r.some((x) => x.url === url));
      await popup.click(`[data-status="error"][data-url="${url}"]`);
      await popup.waitForSelector('[data-kb-error]');
      const got = await popup.$eval('[data-kb-error]', (e) => ({
        name: e.getAttribute('data-kb-error') ?? '',
        id: e.getAttribute('data-kb-error-id') ?? '',
        text: e.textContent ?? '',
      }));
      await popup.keyboard.press('Escape');
      await popup.waitForSelector('[data-status][data-url]');
      return got;
    }

    it('a server that closes without a byte (nginx return 444) opens an entry that explains a silent close', async () => {
      const got = await opened(`${ngx.origin}/closed`);
      // Firefox names it NS_ERROR_NET_RESET, a reset's name: the reset entry it opens says so.
      expect(got.name).toBe(name === 'chromium' ? 'net::ERR_EMPTY_RESPONSE' : 'NS_ERROR_NET_RESET');
      expect(got.id).toBe(name === 'chromium' ? 'ERR_EMPTY_RESPONSE' : 'ERR_CONNECTION_RESET');
      if (name === 'firefox') expect(got.text).toContain('ERR_EMPTY_RESPONSE');
    });

    it('a TCP reset opens an entry that explains a reset', async () => {
      const got = await opened(resetUrl);
      // Firefox gives a reset the same name as a silent close: the reset entry says so.
      expect(got.name).toBe(name === 'chromium' ? 'net::ERR_CONNECTION_RESET' : 'NS_ERROR_NET_RESET');
      expect(got.id).toBe('ERR_CONNECTION_RESET');
      expect(got.text).toMatch(/reset/i);
      if (name === 'firefox') expect(got.text).toContain('ERR_EMPTY_RESPONSE');
    });

    it('a Cookie header too large for nginx comes back as 400: 494 never reaches the browser', async () => {
      // A page load, not an <img>: an HTML error page loaded as an image is withheld (ERR_BLOCKED_BY_ORB
      // in Chromium) before its status could be seen.
      const url = `${ngx.origin}/index.html?big-cookie`;
      const { popup: list } = await openRecordedPage(ext, url, (r) => r.some((x) => x.url.startsWith(url)));
      const got = (await waitForRows(list, (r) => r.some((x) => x.url.startsWith(url)))).filter((x) => x.url.startsWith(url));
      expect(got.map((x) => x.status)).toEqual(['400']);
    });
  });
}
