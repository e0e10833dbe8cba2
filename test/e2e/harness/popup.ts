// Helpers that read the popup the way a user would: rows, explanations, empty states.
import type { Page } from 'puppeteer-core';
import type { ExtBrowser } from './browsers.mjs';

export interface Row {
  status: string;
  url: string;
  text: string;
}

export async function rows(page: Page): Promise<Row[]> {
  return page.$$eval('[data-status][data-url]', (els) =>
    els.map((e) => ({ status: e.getAttribute('data-status')!, url: e.getAttribute('data-url')!, text: e.textContent ?? '' })),
  );
}

/** Poll until `pred(rows)` holds (webRequest events reach the background asynchronously). */
export async function waitForRows(page: Page, pred: (r: Row[]) => boolean, timeoutMs = 15_000): Promise<Row[]> {
  const t0 = Date.now();
  let last: Row[] = [];
  for (;;) {
    last = await rows(page).catch(() => []);
    if (pred(last)) return last;
    if (Date.now() - t0 > timeoutMs) {
      throw new Error(`rows never matched; last seen: ${JSON.stringify(last.map((r) => `${r.status} ${r.url}`))}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * The id of the tab whose URL starts with `urlPrefix` (asked from an extension page: host
 * permissions reveal tab URLs). Filtered here, not by a match pattern: Firefox's patterns take no port.
 */
export async function tabIdOf(ext: ExtBrowser, extPage: Page, urlPrefix: string): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const ids = await extPage.evaluate(async (prefix: string) => {
      type Api = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const tabs: { id?: number; url?: string }[] = await (g.browser ?? g.chrome).tabs.query({});
      return tabs.filter((t) => t.url?.startsWith(prefix)).map((t) => t.id);
    }, urlPrefix);
    if (ids.length && ids[0] !== undefined) return ids[0];
    if (Date.now() - t0 > 10_000) throw new Error(`no tab shows ${urlPrefix} in ${ext.name}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Open the popup page for a tab in its own page (extension pages open as ordinary tabs). */
export async function openPopup(ext: ExtBrowser, query: string, page?: Page): Promise<Page> {
  const p = page ?? (await ext.browser.newPage());
  await ext.gotoExt(p, ext.popupUrl(query));
  return p;
}

/**
 * Open a popup URL and wait for `selector`, navigating once more if it does not come: under
 * heavy load a Firefox BiDi navigation can report "complete" for a page that never ran.
 */
export async function openAndWait(ext: ExtBrowser, query: string, page: Page, selector: string, timeout = 10_000): Promise<void> {
  await openPopup(ext, query, page);
  try {
    await page.waitForSelector(selector, { timeout });
  } catch {
    await openPopup(ext, query, page);
    await page.waitForSelector(selector, { timeout });
  }
}

/**
 * Open `url` in a new tab and wait until the popup lists what `recorded` expects, reloading the
 * page while the extension may still be registering its listeners (the first ~1 s after launch,
 * see BROWSER-TESTING.md). Returns the site tab, a popup page showing its list, and the tab id.
 */
export async function openRecordedPage(
  ext: ExtBrowser,
  url: string,
  recorded: (rows: Row[]) => boolean,
): Promise<{ site: Page; popup: Page; tabId: number }> {
  const site = await ext.browser.newPage();
  const popup = await ext.browser.newPage();
  await openPopup(ext, '?code=200', popup); // any extension page, to ask for tab ids
  await site.goto(url);
  const tabId = await tabIdOf(ext, popup, new URL(url).origin + '/');
  const t0 = Date.now();
  for (;;) {
    await openPopup(ext, `?tabId=${tabId}`, popup);
    try {
      await waitForRows(popup, recorded, 4000);
      return { site, popup, tabId };
    } catch (e) {
      if (Date.now() - t0 > 25_000) throw e;
      await site.goto(url + (url.includes('?') ? '&' : '?') + Date.now());
    }
  }
}
