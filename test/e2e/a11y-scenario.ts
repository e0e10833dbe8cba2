// Accessibility and comfort: axe-core on the list, detail, compare and options views in light and
// dark themes (0 serious or critical violations), keyboard use of the list, no horizontal scroll
// from 360 to 800 px.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { launch, type BrowserName, type ExtBrowser } from './harness/browsers.mjs';
import { startFixture, type Fixture } from './harness/fixture-server.mjs';
import { freePort } from './harness/ports.mjs';
import { openPopup, tabIdOf, waitForRows } from './harness/popup';

export function a11yScenario(name: BrowserName): void {
  describe(`${name}: accessible and comfortable`, () => {
    let ext: ExtBrowser;
    let fx: Fixture;
    let page: Page;
    let tabId: number;

    beforeAll(async () => {
      fx = await startFixture();
      const dead = await freePort();
      fx.setPage(
        'mixed',
        `<!doctype html><img src="/missing.png"><img src="/status/500"><script>
          fetch('/status/429', { credentials: 'omit' }); fetch('/status/301?to=/ok', { credentials: 'omit' });
          fetch('http://127.0.0.1:${dead}/x', { credentials: 'omit' }).catch(() => {});
        </script>`,
      );
      ext = await launch(name);
      const site = await ext.browser.newPage();
      page = await ext.browser.newPage();
      await openPopup(ext, '?code=200', page); // any extension page, to ask for tab ids
      await site.goto(fx.origin + '/page/mixed');
      tabId = await tabIdOf(ext, page, fx.origin + '/');
      // The worker may still be registering listeners on the first load: reload until recorded.
      const t0 = Date.now();
      for (;;) {
        await openPopup(ext, `?tabId=${tabId}`, page);
        try {
          await waitForRows(page, (r) => r.some((x) => x.status === '500') && r.some((x) => x.status === 'error'), 3000);
          break;
        } catch (e) {
          if (Date.now() - t0 > 20_000) throw e;
          await site.reload();
        }
      }
    });
    afterAll(async () => {
      await ext?.close();
      await fx?.stop();
    });

    const themes = name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);
    for (const theme of themes) {
      it(`has no serious axe violations in the ${theme} theme`, async () => {
        // Firefox's WebDriver BiDi has no media emulation: there the light theme is checked.
        if (name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        const report: Record<string, unknown> = {};
        await openPopup(ext, `?tabId=${tabId}`, page);
        await waitForRows(page, (r) => r.length >= 4);
        report.list = await seriousViolations(page);
        await page.click('[data-status="500"]');
        await page.waitForSelector('[data-kb-code="500"]');
        report.detail = await seriousViolations(page);
        await openPopup(ext, '?compare=202,502', page);
        await page.waitForSelector('[data-compare]');
        report.compare = await seriousViolations(page);
        await openPopup(ext, '?error=net::ERR_CONNECTION_REFUSED', page);
        await page.waitForSelector('[data-kb-error]');
        report.error = await seriousViolations(page);
        await ext.gotoExt(page, ext.extOrigin + 'src/options/index.html');
        await page.waitForSelector('input[name="badge"]');
        report.options = await seriousViolations(page);
        expect(report).toEqual({ list: [], detail: [], compare: [], error: [], options: [] });
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
