// The list as drawn: rows of the page's own site first, then each third-party site under a
// heading with its count, then what this browser blocked. sortRecords (core/sort.ts) already puts
// the records in that order, so a row's index in the list is its index here. Headings take a row's
// height so the list can still be windowed (use-virtual-window.ts) with one fixed height.
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

const PARTY: readonly Party[] = ['own', 'third', 'blocked'];

/** `sorted` is in sortRecords(records, pageUrl)'s order (or a subset of it). */
export function listLayout(sorted: readonly TabRecord[], pageUrl: string): ListLayout {
  const groups = sorted.map((r) => {
    const party = PARTY[groupRank(r, pageUrl)];
    return { party, site: party === 'third' ? siteOf(r.url) : '' };
  });
  const sizes = new Map<string, number>();
  for (const g of groups) sizes.set(`${g.party} ${g.site}`, (sizes.get(`${g.party} ${g.site}`) ?? 0) + 1);
  // Headings only when there is more than the page's own site to tell apart.
  const headings = groups.some((g) => g.party !== 'own');
  const items: ListItem[] = [];
  const rowPos: number[] = [];
  let current = '';
  sorted.forEach((record, index) => {
    const { party, site } = groups[index];
    const key = `${party} ${site}`;
    if (headings && key !== current) {
      items.push({ kind: 'group', group: party, count: sizes.get(key)!, ...(party === 'third' ? { site } : {}) });
    }
    current = key;
    rowPos.push(items.length);
    items.push({ kind: 'row', record, index, party });
  });
  return { items, rowPos };
}
