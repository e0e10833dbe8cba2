// Calls made from inside an extension page (a popup URL opened as a tab), where the extension's
// own APIs are available: storage.session, tabs, runtime messaging.
import type { Page } from 'puppeteer-core';
import { fromStored } from '../../../src/core/stored-form';
import type { BenchBrowser } from './launch';
import { sleep } from './stats';

export interface TabSummary {
  key: string;
  records: number;
  dropped: number;
  urls: string[];
}

type Api = {
  storage: { session: { get(k: string | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; getBytesInUse?(k: null): Promise<number> } };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

/** Every tab list in storage.session, summarized (the first few URLs only). */
export function storedTabs(page: Page): Promise<TabSummary[]> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const all = await (g.browser ?? g.chrome).storage.session.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('tab:'))
      .map(([key, v]) => {
        // A JSON string (src/core/stored-form.ts serializeTab), or an object from an older version.
        const s = (typeof v === 'string' ? JSON.parse(v) : v) as { records: { url: string }[]; dropped: number };
        return { key, records: s.records.length, dropped: s.dropped, urls: s.records.slice(0, 5).map((r) => r.url) };
      });
  });
}

export function bytesInUse(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const area = (g.browser ?? g.chrome).storage.session;
    return area.getBytesInUse ? area.getBytesInUse(null) : null;
  });
}

/** What the background holds for a tab (the popup's own getTab message). */
export async function backgroundTab(page: Page, tabId: number): Promise<{ records: number; dropped: number } | null> {
  const stored = await page.evaluate((id: number) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).runtime.sendMessage({ name: 'getTab', request: { tabId: id } });
  }, tabId);
  // A JSON string, or an object from an older build (BENCH_BASELINE_DIST): fromStored reads both.
  if (stored === null || stored === undefined) return null;
  const s = fromStored(stored, tabId);
  return { records: s.records.length, dropped: s.dropped };
}

/** Ids of the tabs whose URL starts with `prefix` (filtered here: Firefox's match patterns take no port). */
export function tabIds(page: Page, prefix: string): Promise<number[]> {
  return page.evaluate(async (p: string) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const tabs = await (g.browser ?? g.chrome).tabs.query({});
    return tabs.filter((t) => t.url?.startsWith(p) && t.id !== undefined).map((t) => t.id!);
  }, prefix);
}

/**
 * The background registers its listeners a moment after it starts: load /warm in `site` until
 * its 404 shows up in storage, so the measured traffic is not partly missed.
 */
export async function waitUntilRecording(site: Page, extPage: Page, origin: string): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    await site.goto(`${origin}/warm`, { waitUntil: 'load' });
    await sleep(600);
    const tabs = await storedTabs(extPage);
    if (tabs.some((t) => t.urls.some((u) => u.includes('/fail/404/warm/')))) return;
    if (Date.now() - t0 > 30_000) throw new Error('the extension never recorded the warm-up 404');
  }
}

/** A blank extension page to run the calls above from (the popup for a tab that does not exist). */
export async function openExtPage(ext: BenchBrowser, popupPath: string): Promise<Page> {
  const page = await ext.browser.newPage();
  await ext.gotoExt(page, `${ext.extOrigin}${popupPath}?tabId=2147483000`);
  return page;
}

/** Median ms of the popup's two ways to read a tab: the getTab message, and storage.session.get. */
export function readCosts(page: Page, tabId: number, runs = 5): Promise<{ message: number; storage: number }> {
  return page.evaluate(
    async (id: number, n: number) => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
      const msg: number[] = [];
      const sto: number[] = [];
      for (let i = 0; i < n; i++) {
        let t = performance.now();
        await api.runtime.sendMessage({ name: 'getTab', request: { tabId: id } });
        msg.push(performance.now() - t);
        t = performance.now();
        await api.storage.session.get(`tab:${id}`);
        sto.push(performance.now() - t);
      }
      return { message: med(msg), storage: med(sto) };
    },
    tabId,
    runs,
  );
}
