// The list as drawn: rows of the page's own site first, then each third-party site under a
// heading with its count, then what this browser blocked. Headings take a row's height so the
// list can still be windowed (use-virtual-window.ts) with one fixed height.
import { groupRank } from '../core/sort';
import { siteOf } from '../core/site';
import type { TabRecord } from '../core/types';

export type Party = 'own' | 'third' | 'blocked';

export type ListItem =
  | { kind: 'group'; group: Party; site?: string; count: number }
  | { kind: 'row'; record: TabRecord; index: number; party: Party };

export interface ListLayout {
  items: ListItem[];
  /** Item position of each row index (keyboard moves by row, scrolling by item). */
  rowPos: number[];
}

const PARTIES: Party[] = ['own', 'third', 'blocked'];

/** `sorted` comes from sortRecords(records, pageUrl): own site, third parties, blocked; worst first in each. */
export function listLayout(sorted: readonly TabRecord[], pageUrl: string): ListLayout {
  const own: TabRecord[] = [];
  const blocked: TabRecord[] = [];
  const thirdBySite = new Map<string, TabRecord[]>();
  for (const r of sorted) {
    const g = groupRank(r, pageUrl);
    if (g === 0) own.push(r);
    else if (g === 2) blocked.push(r);
    else {
      const site = siteOf(r.url);
      const list = thirdBySite.get(site);
      if (list) list.push(r);
      else thirdBySite.set(site, [r]);
    }
  }
  const items: ListItem[] = [];
  const rowPos: number[] = [];
  const headings = thirdBySite.size > 0 || blocked.length > 0;
  const add = (party: Party, records: TabRecord[], site?: string) => {
    if (records.length === 0) return;
    if (headings) items.push({ kind: 'group', group: party, count: records.length, ...(site === undefined ? {} : { site }) });
    for (const record of records) {
      rowPos.push(items.length);
      items.push({ kind: 'row', record, index: rowPos.length - 1, party });
    }
  };
  add('own', own);
  for (const [site, records] of thirdBySite) add('third', records, site);
  add('blocked', blocked);
  return { items, rowPos };
}

export { PARTIES };
