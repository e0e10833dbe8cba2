// The browser's UI language picks the popup's language, and the options can override it.
// Needs chromium-l10n / firefox-esr-l10n-{fr,id,vi} (installed by .ci/run).
import { afterAll, describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { id } from '../../src/i18n/id';
import { vi } from '../../src/i18n/vi';
import { launch, type BrowserName, type ExtBrowser } from './harness/browsers.mjs';
import { openPopup } from './harness/popup';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const TABLES = { fr, id, vi } as const;
const kbSummary = (lang: string, code: number) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../data/text/${lang}/status/${code}.json`), 'utf8')).summary as string;

export function languageScenario(name: BrowserName, browserLang: 'fr' | 'id' | 'vi'): void {
  describe(`${name}: speaks the user's language`, () => {
    let ext: ExtBrowser;
    afterAll(async () => ext?.close());

    it(`follows a ${browserLang} browser: UI and explanations`, async () => {
      ext = await launch(name, { lang: browserLang });
      const page = await ext.browser.newPage();
      await openPopup(ext, '?code=404', page);
      await page.waitForSelector('[data-kb-code="404"]');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(browserLang);
      const text = await page.$eval('main', (m) => m.textContent ?? '');
      expect(text).toContain(TABLES[browserLang].kbMeaning);
      expect(text).toContain(kbSummary(browserLang, 404));
    });

    it('lets the options override the language', async () => {
      const page = await ext.browser.newPage();
      await openPopup(ext, '?code=502', page);
      const other = browserLang === 'vi' ? 'id' : 'vi';
      await page.evaluate(async (lang) => {
        const g = globalThis as unknown as { browser?: { storage: { sync: { set(x: object): Promise<void> } } }; chrome: { storage: { sync: { set(x: object): Promise<void> } } } };
        await (g.browser ?? g.chrome).storage.sync.set({ options: { language: lang } });
      }, other);
      await openPopup(ext, '?code=502', page);
      await page.waitForSelector('[data-kb-code="502"]');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
      const text = await page.$eval('main', (m) => m.textContent ?? '');
      expect(text).toContain(kbSummary(other, 502));
      expect(text).toContain(TABLES[other].kbFixOwner);
    });
  });
}
