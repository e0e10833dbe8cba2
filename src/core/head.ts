// The first screen of a tab's list: the worst records and the counts, small enough to send to
// the popup at once however long the list is. The full list follows after the first paint.
import { isBlockedHere } from './blocked';
import { filterGroupOf, type FilterGroup } from './classify';
import { groupRank, sortRecords } from './sort';
import type { TabRecord, TabState } from './types';

/**
 * Rows in the first screen: twice what a 600 px popup shows, so options that hide some still fill
 * it. Stored beside every list, so it is kept small (storage.session is 10 MB for all tabs).
 */
export const HEAD_ROWS = 25;

/** What the filter chips count. */
export interface ChipCounts {
  /** Records per class, leaving out what was blocked in this browser (counted apart). */
  counts: Record<FilterGroup, number>;
  /** Records of the page's own site (not blocked). */
  ownSite: number;
  /** Records the user's own browser blocked (a content blocker, a policy, tracking protection). */
  blocked: number;
}

export interface TabHead extends ChipCounts {
  state: TabState;
  /** Records in the full list (the head holds at most HEAD_ROWS of them, worst first). */
  total: number;
}

export function chipCounts(records: readonly TabRecord[], pageUrl: string): ChipCounts {
  const counts: Record<FilterGroup, number> = { '3xx': 0, '4xx': 0, '5xx': 0, network: 0, other: 0 };
  let ownSite = 0;
  let blocked = 0;
  for (const r of records) {
    if (isBlockedHere(r)) {
      blocked++;
      continue;
    }
    counts[filterGroupOf(r.status, r.error)]++;
    if (groupRank(r, pageUrl) === 0) ownSite++;
  }
  return { counts, ownSite, blocked };
}

export function tabHead(state: TabState, rows = HEAD_ROWS): TabHead {
  // Without headers: the first screen lists rows, and the full list (with them) follows at once.
  // With them, a hostile page's 80 KB of headers per record was stored twice, here and in the list.
  const records: TabRecord[] = sortRecords(state.records, state.pageUrl).slice(0, rows).map((r) => (r.headers?.length ? { ...r, headers: [] } : r));
  return { state: { ...state, records, recent: {} }, total: state.records.length, ...chipCounts(state.records, state.pageUrl) };
}
