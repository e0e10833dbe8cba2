// The first screen of a tab's list: the worst records and the counts, small enough to send to
// the popup at once however long the list is. The full list follows after the first paint.
import { filterGroupOf, type FilterGroup } from './classify';
import { groupRank, sortRecords } from './sort';
import type { TabRecord, TabState } from './types';

/**
 * Rows in the first screen: twice what a 600 px popup shows, so options that hide some still fill
 * it. Stored beside every list, so it is kept small (storage.session is 10 MB for all tabs).
 */
export const HEAD_ROWS = 25;

export interface TabHead {
  state: TabState;
  /** Records in the full list (the head holds at most HEAD_ROWS of them, worst first). */
  total: number;
  counts: Record<FilterGroup, number>;
  /** Records of the page's own site, and records blocked in this browser (for the chips). */
  ownSite: number;
  blocked: number;
}

export function tabHead(state: TabState, rows = HEAD_ROWS): TabHead {
  const counts: Record<FilterGroup, number> = { '3xx': 0, '4xx': 0, '5xx': 0, network: 0, other: 0 };
  let ownSite = 0;
  let blocked = 0;
  for (const r of state.records) {
    counts[filterGroupOf(r.status, r.error)]++;
    const g = groupRank(r, state.pageUrl);
    if (g === 0) ownSite++;
    else if (g === 2) blocked++;
  }
  // Without headers: the first screen lists rows, and the full list (with them) follows at once.
  // With them, a hostile page's 80 KB of headers per record was stored twice, here and in the list.
  const records: TabRecord[] = sortRecords(state.records, state.pageUrl).slice(0, rows).map((r) => (r.headers?.length ? { ...r, headers: [] } : r));
  return { state: { ...state, records, recent: {} }, total: state.records.length, counts, ownSite, blocked };
}
