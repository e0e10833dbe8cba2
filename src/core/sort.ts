// List order: worst first, then by arrival.
import { severityOf } from './classify';
import type { TabRecord } from './types';

export function sortRecords(records: readonly TabRecord[]): TabRecord[] {
  return records
    .map((r) => ({ r, s: severityOf(r.status, r.error) }))
    .sort((a, b) => b.s - a.s || a.r.seq - b.r.seq)
    .map((x) => x.r);
}
