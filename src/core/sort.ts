// List order: the page's own site first, then each third-party site (the one with the worst record
// first), then what the user's own browser blocked; worst first within each, then by arrival. The
// popup draws the list in exactly this order, group headings inserted (popup/list-items.ts), so a
// row's index is its place on screen.
import { isBlockedHere } from './blocked';
import { severityOf } from './classify';
import { isThirdParty, siteOf } from './site';
import type { TabRecord } from './types';

/** 0 this site, 1 a third party, 2 blocked in this browser (whatever its site). */
export function groupRank(r: TabRecord, pageUrl: string): number {
  if (isBlockedHere(r)) return 2;
  return isThirdParty(r.url, pageUrl) ? 1 : 0;
}

export function sortRecords(records: readonly TabRecord[], pageUrl = ''): TabRecord[] {
  const ranked = records
    .map((r) => ({ r, g: groupRank(r, pageUrl), s: severityOf(r.status, r.error), at: 0 }))
    .sort((a, b) => a.g - b.g || b.s - a.s || a.r.seq - b.r.seq);
  // Third parties: each site's records together, at the place of the site's worst one.
  const siteAt = new Map<string, number>();
  ranked.forEach((x, i) => {
    x.at = i;
    if (x.g !== 1) return;
    const site = siteOf(x.r.url);
    const first = siteAt.get(site);
    if (first === undefined) siteAt.set(site, i);
    else x.at = first;
  });
  return ranked
    .map((x, i) => ({ r: x.r, at: x.at, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.r);
}
