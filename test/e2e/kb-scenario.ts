// Every knowledge-base entry opens, complete, through the popup's deep links: all registered
// and vendor codes, a sweep of unassigned codes, invalid codes, every network error name from the
// reference list, and the compare view.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtBrowser } from './harness/browsers.mjs';
import { openAndWait, openPopup } from './harness/popup';

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
      for (const code of [99, 600, 999]) {
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
}
