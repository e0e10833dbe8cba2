// One hostile tab cannot make another tab's list unsaveable: a page whose 120 failing requests
// carry long URLs and 30 headers of multi-byte text each (any third-party iframe can do this)
// beside a quiet tab with one 404. After the background saved, storage.session stays well under
// its 10 MB and the quiet tab's list is there: read back after a service-worker restart in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtBrowser } from './harness/browsers.mjs';
import { startFixture, type Fixture } from './harness/fixture-server.mjs';
import { openPopup, openRecordedPage, waitForRows } from './harness/popup';

export function storageBudgetScenario(name: BrowserName): void {
  describe(`${name}: storage budget`, () => {
    let ext: ExtBrowser;
    let fx: Fixture;

    beforeAll(async () => {
      fx = await startFixture();
      fx.setPage('hostile', `<!doctype html><script>
        const pad = '%C3%A9'.repeat(1300);
        for (let i = 0; i < 120; i++) fetch('/fat/' + i + '?' + pad, { credentials: 'omit' }).catch(() => {});
      </script>`);
      fx.setPage('quiet', '<!doctype html><img src="/quiet-missing.png">');
      ext = await launch(name);
    }, 120_000);
    afterAll(async () => {
      await ext?.close();
      await fx?.stop();
    });

    it('keeps the quiet tab’s list saved beside a hostile tab', async () => {
      const quiet = await openRecordedPage(ext, `${fx.origin}/page/quiet`, (r) => r.some((x) => x.url.endsWith('/quiet-missing.png')));
      // No extension page stays open during the burst: a page that watches storage is handed
      // every flush (see the closing note of this scenario's commit).
      await quiet.popup.close();
      const hostile = await ext.browser.newPage();
      await hostile.goto(`${fx.origin.replace('127.0.0.1', 'localhost')}/page/hostile`, { waitUntil: 'load', timeout: 60_000 });
      // The burst's last flush comes at most a second after its last response.
      await new Promise((r) => setTimeout(r, 8000));
      const page = await ext.browser.newPage();
      await openPopup(ext, '?code=200', page);
      const m = await page.evaluate(async (id: number) => {
        type Api = { storage: { session: { get(k: null): Promise<Record<string, { records?: unknown[] }>> } } };
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const all = await (g.browser ?? g.chrome).storage.session.get(null);
        return { bytes: new TextEncoder().encode(JSON.stringify(all)).length, quiet: typeof all[`tab:${id}`] === 'string' ? (JSON.parse(all[`tab:${id}`] as unknown as string) as { records: unknown[] }).records.length : 0, keys: Object.keys(all).length };
      }, quiet.tabId);
      console.log(`${name}: storage.session after the hostile tab: ${(m.bytes / 1e6).toFixed(2)} MB in ${m.keys} keys`);
      expect(m.bytes).toBeGreaterThan(500_000); // the hostile tab did fill its share
      expect(m.bytes).toBeLessThan(9_000_000);
      expect(m.quiet).toBe(1);
      if (ext.stopWorker) await ext.stopWorker();
      await openPopup(ext, `?tabId=${quiet.tabId}`, page);
      const rows = await waitForRows(page, (r) => r.some((x) => x.url.endsWith('/quiet-missing.png')));
      expect(rows).toHaveLength(1);
      await hostile.close();
    }, 120_000);
  });
}
