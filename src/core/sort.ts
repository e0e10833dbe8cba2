// List order: the page's own site first, then third parties, then what the user's own browser
// blocked; worst first within each, then by arrival.
import { isBlockedHere } from './blocked';
import { severityOf } from './classify';
import { isThirdParty } from './site';
import type { TabRecord } from './types';

/** 0 this site, 1 a third party, 2 blocked in this browser (whatever its site). */
export function groupRank(r: TabRecord, pageUrl: string): number {
  if (isBlockedHere(r)) return 2;
  return isThirdParty(r.url, pageUrl) ? 1 : 0;
}

export function sortRecords(records: readonly TabRecord[], pageUrl = ''): TabRecord[] {
  return records
    .map((r) => ({ r, g: groupRank(r, pageUrl), s: severityOf(r.status, r.error) }))
    .sort((a, b) => a.g - b.g || b.s - a.s || a.r.seq - b.r.seq)
    .map((x) => x.r);
}
