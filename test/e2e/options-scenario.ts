// The badge counts the tab's non-2xx responses and failures; the options hide groups and hosts
// from the list and the badge, and can turn the badge off.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtBrowser } from './harness/browsers.mjs';
import { startFixture, type Fixture } from './harness/fixture-server.mjs';
import { openPopup, openRecordedPage, waitForRows } from './harness/popup';

type Api = {
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]> };
  storage: { sync: { set(x: object): Promise<void>; remove(k: string): Promise<void> } };
};

export function optionsScenario(name: BrowserName): void {
  describe(`${name}: badge and options`, () => {
    let ext: ExtBrowser;
    let fx: Fixture;
    let popup: Page;
    let tabId: number;

    const badge = () =>
      popup.evaluate(
        async (id) => {
          const a = (globalThis as unknown as { browser?: Api; chrome: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
          return { text: await a.action.getBadgeText({ tabId: id }), color: await a.action.getBadgeBackgroundColor({ tabId: id }) };
        },
        tabId,
      );
    const setOptions = (o: object | null) =>
      popup.evaluate(
        async (opts) => {
          const a = (globalThis as unknown as { browser?: Api; chrome: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
          if (opts) await a.storage.sync.set({ options: opts });
          else await a.storage.sync.remove('options');
        },
        o,
      );

    beforeAll(async () => {
      fx = await startFixture();
      fx.setPage(
        'opts',
        `<!doctype html><img src="/missing-1.png"><img src="/missing-2.png"><script>
          fetch('/status/301?to=/ok', { credentials: 'omit' });
          fetch('http://localhost:${new URL(fx.origin).port}/status/500?other-host', { credentials: 'omit' });
        </script>`,
      );
      ext = await launch(name);
      ({ popup, tabId } = await openRecordedPage(ext, fx.origin + '/page/opts', (r) => r.length === 4));
    });
    afterAll(async () => {
      await ext?.close();
      await fx?.stop();
    });

    /** Sum of the counts of the stored records (of one status, or all): Firefox may report a load twice. */
    const storedCount = (status?: number) =>
      popup.evaluate(
        async (id, only) => {
          type Rec = { status: number; count: number };
          type Api = { storage: { session: { get(k: string): Promise<Record<string, string>> } } };
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          // The background flushes within a second of the last change: wait for it.
          let got = await (g.browser ?? g.chrome).storage.session.get(`tab:${id}`);
          for (let i = 0; i < 40 && !got[`tab:${id}`]; i++) {
            await new Promise((r) => setTimeout(r, 50));
            got = await (g.browser ?? g.chrome).storage.session.get(`tab:${id}`);
          }
          // Stored as one JSON string (src/core/stored-form.ts serializeTab).
          return (JSON.parse(got[`tab:${id}`]) as { records: Rec[] }).records.filter((r) => only === null || r.status === only).reduce((n, r) => n + r.count, 0);
        },
        tabId,
        status ?? null,
      );

    it('counts the tab on the badge, coloured by the worst class', async () => {
      const want = String(await storedCount());
      const t0 = Date.now();
      while ((await badge()).text !== want && Date.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 100));
      const b = await badge();
      expect(b.text).toBe(want);
      expect(Number(b.text)).toBeGreaterThanOrEqual(4);
      expect(b.color.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]); // 5xx/network red
    });

    it('hides redirects and ignored hosts from the list and the badge', async () => {
      await setOptions({ groups: { '3xx': false }, ignoredHosts: ['localhost'] });
      await openPopup(ext, `?tabId=${tabId}`, popup);
      const got = await waitForRows(popup, (r) => r.length === 2);
      expect(got.every((r) => r.status === '404')).toBe(true);
      await popup.waitForSelector('[data-hidden="2"]');
      const want = String(await storedCount(404));
      const t0 = Date.now();
      while ((await badge()).text !== want && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 100));
      expect((await badge()).text).toBe(want);
      expect((await badge()).color.slice(0, 3)).toEqual([0xb4, 0x53, 0x09]); // 4xx amber
    });

    it('turns the badge off', async () => {
      await setOptions({ badge: false });
      const t0 = Date.now();
      while ((await badge()).text !== '' && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 100));
      expect((await badge()).text).toBe('');
      await setOptions(null);
      await openPopup(ext, `?tabId=${tabId}`, popup);
      expect((await waitForRows(popup, (r) => r.length === 4)).length).toBe(4);
    });

    it('saves choices made on the options page', async () => {
      await ext.gotoExt(popup, ext.extOrigin + 'src/options/index.html');
      await popup.waitForSelector('input[name="group-3xx"]');
      await popup.click('input[name="group-3xx"]');
      await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent !== '');
      await openPopup(ext, `?tabId=${tabId}`, popup);
      const got = await waitForRows(popup, (r) => r.length === 3);
      expect(got.some((r) => r.status === '301')).toBe(false);
      await setOptions(null);
    });

    it('saves an ignored host as it is typed, without leaving the field', async () => {
      await ext.gotoExt(popup, ext.extOrigin + 'src/options/index.html');
      await popup.waitForSelector('#hosts');
      await popup.type('#hosts', 'localhost');
      await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent !== '');
      await openPopup(ext, `?tabId=${tabId}`, popup);
      const got = await waitForRows(popup, (r) => r.length === 3);
      expect(got.some((r) => r.url.includes('localhost'))).toBe(false);
      await setOptions(null);
    });
  });
}
