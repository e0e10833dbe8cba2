// Lists of the pages a tab showed before, so a page restored from the back/forward cache (it
// makes no request) shows its own list again rather than the list of the page it replaced.
import type { HistoryCommitEvent } from './events';
import { newTabState } from './recorder';
import type { TabState } from './types';

/** Earlier lists kept per tab: back and forward a step or two is what bfcache serves. */
export const MAX_EARLIER_PAGES = 2;
/** Records kept of an earlier page (its latest): enough to explain it, cheap to keep. */
export const MAX_EARLIER_RECORDS = 100;

export function sameUrl(a: string, b: string): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '');
  return strip(a) === strip(b);
}

/** A list leaves the current slot (a new document started): keep it, bounded, newest last. */
export function rememberPage(earlier: readonly TabState[], page: TabState | undefined): TabState[] {
  if (!page || !page.pageUrl) return [...earlier];
  const kept = page.records.length > MAX_EARLIER_RECORDS ? { ...page, records: page.records.slice(-MAX_EARLIER_RECORDS), recent: {} } : { ...page, recent: {} };
  return [...earlier.filter((p) => !sameUrl(p.pageUrl, page.pageUrl)), kept].slice(-MAX_EARLIER_PAGES);
}

/**
 * A document committed from history. When it is the current page, nothing changes. Otherwise its
 * kept list comes back (the current one is kept in turn), or an empty list says where it came from.
 */
export function restorePage(
  current: TabState | undefined,
  earlier: readonly TabState[],
  ev: HistoryCommitEvent,
): { state: TabState; earlier: TabState[]; changed: boolean } | undefined {
  if (current && sameUrl(current.pageUrl, ev.url)) return undefined;
  const i = earlier.findLastIndex((p) => sameUrl(p.pageUrl, ev.url));
  const rest = earlier.filter((_, j) => j !== i);
  if (i >= 0) return { state: earlier[i], earlier: rememberPage(rest, current), changed: true };
  const state = { ...newTabState(ev.tabId, ev.url, ev.timeStamp), fromHistory: true };
  return { state, earlier: rememberPage(rest, current), changed: true };
}
