// "Why here" against real servers from Debian, each configured by the harness
// (test/e2e/harness/servers/) to make its own errors: a dead backend, a backend timeout, auth, a
// missing file, an application error passed on. For every case the detail names the producer (or
// says honestly that nothing can) and says who made the error: the gateway itself or the
// application behind it. What each server sent is in test/fixtures/servers/.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtBrowser } from './harness/browsers.mjs';
import { openPopup, openRecordedPage, waitForRows } from './harness/popup';
import { startAll, type Case, type Product } from './harness/servers/catalog.mjs';

type Running = Awaited<ReturnType<typeof startAll>>;


export function realServersScenario(name: BrowserName): void {
  describe(`${name}: real servers`, () => {
    let ext: ExtBrowser;
    let run: Running;
    let popup: Page;

    beforeAll(async () => {
      [run, ext] = await Promise.all([startAll(), launch(name)]);
    }, 180_000);
    afterAll(async () => {
      await ext?.close();
      await run?.stop();
    });

    /** The row's status, then its detail's "why here": its text and hint ids. */
    async function whyHere(tabId: number, url: string): Promise<{ status: string; text: string; hints: string[] }> {
      for (let attempt = 0; ; attempt++) {
        try {
          await openPopup(ext, `?tabId=${tabId}`, popup);
          const rows = await waitForRows(popup, (r) => r.some((x) => x.url === url));
          await popup.click(`[data-url="${url}"]`);
          await popup.waitForSelector('[data-why-here]', { timeout: 10_000 });
          const why = await popup.$eval('[data-why-here]', (e) => ({
            text: e.textContent ?? '',
            hints: [...e.querySelectorAll('[data-hint]')].map((h) => h.getAttribute('data-hint') ?? ''),
          }));
          return { status: rows.find((x) => x.url === url)!.status, ...why };
        } catch (e) {
          if (attempt >= 1) throw e;
        }
      }
    }

    function productCases(productId: string): () => Promise<void> {
      return async () => {
        const s = run.servers.find((x: Product & { origin: string }) => x.id === productId)!;
        // A page on the product's own origin that fetches every case, same-origin (so every
        // response keeps its headers); the slow ones end after the gateway's 1-2 s timeout.
        const pageUrl = `${s.origin}${s.page}?${s.cases.map((c: Case) => `c=${encodeURIComponent(c.path)}`).join('&')}`;
        const wanted = s.cases.map((c: Case) => s.origin + c.path);
        const opened = await openRecordedPage(ext, pageUrl, (r) => wanted.every((u: string) => r.some((x) => x.url === u)));
        popup = opened.popup;
        const seen: string[] = [];
        try {
          for (const c of s.cases as Case[]) {
            const url = s.origin + c.path;
            const { status, text, hints } = await whyHere(opened.tabId, url);
            expect(status, `${productId} ${c.id}`).toBe(String(c.status));
            seen.push(`${productId}/${c.id} ${c.status}: ${hints.join(' ')}`);
            if (c.made === 'unknown' || c.seen === false) {
              expect(hints, `${productId} ${c.id}`).toContain('producer-unknown');
              expect(text).not.toContain(s.label);
              continue;
            }
            expect(hints, `${productId} ${c.id}`).toContain('producer');
            expect(text, `${productId} ${c.id}`).toContain(s.label);
            // One line says what names it: a header, or (HAProxy) the shape of the response.
            expect(text, `${productId} ${c.id}`).toMatch(/Evidence: [\w-]+: |^Likely |Likely HAProxy/);
            expect(hints, `${productId} ${c.id}: who made it`).toContain(c.made === 'gateway' ? 'edge-generated' : 'origin-generated');
          }
        } finally {
          console.log(`${name}: ${seen.join('\n  ')}`);
          await opened.site.close();
          await popup.close();
        }
      };
    }

    for (const id of ['nginx', 'apache', 'haproxy', 'varnish', 'squid', 'caddy', 'lighttpd', 'gunicorn']) {
      it(`${id}: names the producer of each error and who made it`, productCases(id), 120_000);
    }
  });
}
