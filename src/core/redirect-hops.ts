// Which recorded 3xx hops form one request's redirect chain. Pure: the chain is read back from
// the records (each hop keeps where it pointed), so nothing extra is stored per request.
import type { TabRecord } from './types';

const isHop = (r: TabRecord) => r.status >= 300 && r.status < 400 && r.redirectTo !== undefined;

/** The top-level document's hops of this page load, in order. */
export function mainDocumentHops(records: readonly TabRecord[]): TabRecord[] {
  return records.filter((r) => r.type === 'main_frame' && isHop(r)).sort((a, b) => a.seq - b.seq);
}

/**
 * The chain a record belongs to: hops of the same method and type linked URL to Location,
 * walked backwards to its start and forwards to its end. A loop stops at the first repeat.
 * Returns the hops in order and the record the chain ended on, if that was recorded too.
 */
export function chainOf(records: readonly TabRecord[], rec: TabRecord): { hops: TabRecord[]; end?: TabRecord } {
  const same = records.filter((r) => r.method === rec.method && r.type === rec.type);
  const byUrl = new Map<string, TabRecord>();
  for (const r of same) if (!byUrl.has(r.url)) byUrl.set(r.url, r);
  const seen = new Set<TabRecord>();
  // Back to the start.
  let first = rec;
  for (;;) {
    seen.add(first);
    const prev = same.find((r) => isHop(r) && r.redirectTo === first.url && !seen.has(r));
    if (!prev) break;
    first = prev;
  }
  const hops: TabRecord[] = [];
  const visited = new Set<TabRecord>();
  let cur: TabRecord | undefined = first;
  while (cur && isHop(cur) && !visited.has(cur)) {
    visited.add(cur);
    hops.push(cur);
    cur = byUrl.get(cur.redirectTo!);
  }
  return { hops, end: cur && !isHop(cur) ? cur : undefined };
}
