// Accessibility and comfort: axe-core on the list, detail, compare and options views in light and
// dark themes (0 serious or critical violations), keyboard use of the list, no horizontal scroll
// from 360 to 800 px.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { launch, type BrowserName, type ExtBrowser } from './harness/browsers.mjs';
import { startFixture, type Fixture } from './harness/fixture-server.mjs';
import { freePort } from './harness/ports.mjs';
import { openPopup, openRecordedPage, waitForRows } from './harness/popup';

/** Load the fixture page in a tab and wait until the extension has recorded it. */
async function loadMixedPage(ext: ExtBrowser, origin: () => string = currentOrigin): Promise<{ page: Page; tabId: number }> {
  const { popup, tabId } = await openRecordedPage(ext, origin() + '/page/mixed', (r) => r.some((x) => x.status === '500') && r.some((x) => x.status === 'error'));
  return { page: popup, tabId };
}
let currentOrigin = () => '';

export function a11yScenario(name: BrowserName): void {
  describe(`${name}: accessible and comfortable`, () => {
    let ext: ExtBrowser;
    let fx: Fixture;
    let page: Page;
    let tabId: number;

    beforeAll(async () => {
      fx = await startFixture();
      currentOrigin = () => fx.origin;
      const dead = await freePort();
      fx.setPage(
        'mixed',
        `<!doctype html><img src="/missing.png"><img src="/status/500"><script>
          fetch('/status/429', { credentials: 'omit' }); fetch('/status/301?to=/ok', { credentials: 'omit' });
          fetch('http://127.0.0.1:${dead}/x', { credentials: 'omit' }).catch(() => {});
        </script>`,
      );
      ext = await launch(name);
      ({ page, tabId } = await loadMixedPage(ext));
    });
    afterAll(async () => {
      await ext?.close();
      await fx?.stop();
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`has no serious axe violations in the ${theme} theme`, async () => {
        // Chromium emulates the media feature; Firefox's WebDriver BiDi cannot, so a second
        // Firefox is started with the colour-scheme pref set.
        let b = ext;
        let p = page;
        let id = tabId;
        if (name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        else if (theme === 'dark') {
          b = await launch(name, { colorScheme: 'dark' });
          ({ page: p, tabId: id } = await loadMixedPage(b));
        }
        try {
          expect(await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
          const report: Record<string, unknown> = {};
          await openPopup(b, `?tabId=${id}`, p);
          await waitForRows(p, (r) => r.length >= 4);
          report.list = await seriousViolations(p);
          await p.click('[data-status="500"]');
          await p.waitForSelector('[data-kb-code="500"]');
          report.detail = await seriousViolations(p);
          await openPopup(b, '?compare=202,502', p);
          await p.waitForSelector('[data-compare]');
          report.compare = await seriousViolations(p);
          await openPopup(b, '?error=net::ERR_CONNECTION_REFUSED', p);
          await p.waitForSelector('[data-kb-error]');
          report.error = await seriousViolations(p);
          await b.gotoExt(p, b.extOrigin + 'src/options/index.html');
          await p.waitForSelector('input[name="badge"]');
          report.options = await seriousViolations(p);
          expect(report).toEqual({ list: [], detail: [], compare: [], error: [], options: [] });
        } finally {
          if (b !== ext) await b.close();
          if (name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        }
      });
    }

    it('works from the keyboard: arrows move, Enter opens, Escape returns to the same row', async () => {
      await openPopup(ext, `?tabId=${tabId}`, page);
      await waitForRows(page, (r) => r.length >= 4);
      await page.focus('button.row[data-index="0"]');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index);
      expect(focused).toBe('2');
      const key = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.detail [data-kb-code], .detail [data-kb-error]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('button.row');
      await page.waitForFunction((k) => (document.activeElement as HTMLElement | null)?.dataset.key === k, {}, key);
    });

    it('never scrolls sideways between 360 and 800 px', async () => {
      for (const width of [360, 480, 800]) {
        await page.setViewport({ width, height: 600 });
        for (const q of [`?tabId=${tabId}`, '?code=502', '?compare=202,502']) {
          await openPopup(ext, q, page);
          await page.waitForSelector('[data-status], [data-kb-code]');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${q} at ${width}px`).toBeLessThanOrEqual(0);
        }
      }
    });
  });
}
