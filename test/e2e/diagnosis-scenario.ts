// "Why here" against real nginx: a dead upstream's 502 names nginx, auth_basic's 401 shows the
// Basic scheme and realm, limit_req's 429 shows the Retry-After wait; a three-hop redirect chain
// is shown in order; copied reports and cURL commands carry no secrets.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtBrowser } from './harness/browsers.mjs';
import { startFixture, type Fixture } from './harness/fixture-server.mjs';
import { startNginx, type Nginx } from './harness/nginx.mjs';
import { openPopup, openRecordedPage, waitForRows } from './harness/popup';

/** Replace the clipboard so the copied text can be read back in any browser. */
async function captureClipboard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    navigator.clipboard.writeText = async (text: string) => {
      w.__copied.push(text);
    };
  });
}
/** The last copied text, once the (asynchronous) copy has happened. */
async function copied(page: Page): Promise<string> {
  await page.waitForFunction(() => (window as unknown as { __copied: string[] }).__copied.length > 0);
  return page.evaluate(() => {
    const w = window as unknown as { __copied: string[] };
    return w.__copied.splice(0).at(-1) ?? '';
  });
}

export function diagnosisScenario(name: BrowserName): void {
  describe(`${name}: why here`, () => {
    let ext: ExtBrowser;
    let fx: Fixture;
    let ngx: Nginx;
    let site: Page;
    let popup: Page;
    let tabId: number;

    beforeAll(async () => {
      [fx, ngx] = await Promise.all([startFixture(), startNginx()]);
      fx.setPage(
        'why',
        `<!doctype html><script>
          const get = (u) => fetch(u, { credentials: 'omit', cache: 'no-store' }).catch(() => {});
          get('${ngx.origin}/api/orders?token=s3cr3t-t0ken&page=2');
          get('${ngx.origin}/auth/admin');
          get('${ngx.origin}/limited.txt').then(() => get('${ngx.origin}/limited.txt'));
          get('/status/301?to=' + encodeURIComponent('/status/302?to=/gone.json'));
        </script>`,
      );
      ext = await launch(name);
      ({ site, popup, tabId } = await openRecordedPage(ext, fx.origin + '/page/why', (r) =>
        ['502', '401', '429'].every((s) => r.some((x) => x.status === s)),
      ));
    });
    afterAll(async () => {
      await ext?.close();
      await Promise.all([fx?.stop(), ngx?.stop()]);
    });

    async function openRecord(status: string): Promise<string> {
      await openPopup(ext, `?tabId=${tabId}`, popup);
      await waitForRows(popup, (r) => r.some((x) => x.status === status));
      await popup.click(`[data-status="${status}"]`);
      await popup.waitForSelector('[data-why-here]');
      return popup.$eval('[data-why-here]', (e) => e.textContent ?? '');
    }

    it('names nginx as the producer of a dead upstream’s 502, with what to check', async () => {
      const why = await openRecord('502');
      expect(why).toMatch(/nginx/);
      expect(why).toMatch(/proxy_pass/);
      expect(await popup.$$eval('[data-hint="producer"]', (l) => l.length)).toBe(1);
    });

    it('reads the Basic scheme and the realm of an auth_basic 401', async () => {
      const why = await openRecord('401');
      expect(why).toContain('Basic');
      expect(why).toContain('Status Lens test');
    });

    it('shows the Retry-After wait of a rate-limited 429', async () => {
      const why = await openRecord('429');
      expect(await popup.$$eval('[data-hint="retry-after"]', (l) => l.length)).toBe(1);
      expect(why).toMatch(/wait 1 min\b|wait 60 s/);
    });

    it('copies a report and a cURL command with secrets redacted', async () => {
      await openRecord('502');
      await captureClipboard(popup);
      await popup.click('[data-copy="report"]');
      const report = await copied(popup);
      expect(report).toContain('502');
      expect(report).toContain('nginx');
      expect(report).toContain('page=2');
      expect(report).not.toContain('s3cr3t-t0ken');
      // The first click's "Copied" status can reflow the row of buttons: wait for the next one to be laid out.
      await popup.waitForSelector('[data-copy="curl"]', { visible: true });
      await popup.click('[data-copy="curl"]');
      const curl = await copied(popup);
      expect(curl).toMatch(/^curl /);
      expect(curl).toContain('/api/orders');
      expect(curl).not.toContain('s3cr3t-t0ken');
      await openPopup(ext, `?tabId=${tabId}`, popup);
      await waitForRows(popup, (r) => r.length >= 3);
      await captureClipboard(popup);
      await popup.click('[data-copy="tab-report"]');
      const tabReport = await copied(popup);
      for (const s of ['502', '401', '429']) expect(tabReport).toContain(s);
      expect(tabReport).not.toContain('s3cr3t-t0ken');
    });

    it('shows a sub-resource’s own redirect chain on its detail', async () => {
      await openPopup(ext, `?tabId=${tabId}`, popup);
      await waitForRows(popup, (r) => r.some((x) => x.status === '302'));
      await popup.click('[data-status="302"]');
      await popup.waitForSelector('[data-redirect-chain="2"]');
      const hops = await popup.$$eval('[data-redirect-chain] [data-hop-status]', (l) => l.map((e) => e.getAttribute('data-hop-status')));
      expect(hops).toEqual(['301', '302', '404']);
    });

    it('shows a three-hop redirect chain of the page in order', async () => {
      const to = (u: string) => encodeURIComponent(u);
      const start = `/status/301?to=${to(`/status/302?to=${to('/status/307?to=/page/why')}`)}`;
      await site.goto(fx.origin + start);
      await openPopup(ext, `?tabId=${tabId}`, popup);
      await popup.waitForSelector('[data-redirect-chain="3"]', { timeout: 15_000 });
      const hops = await popup.$$eval('[data-redirect-chain] [data-hop-status]', (l) => l.map((e) => e.getAttribute('data-hop-status')));
      expect(hops).toEqual(['301', '302', '307', 'final']);
    });
  });
}
