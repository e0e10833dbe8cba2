// The panel's list: captures from the devtools page aggregated by (status, method, URL) like the
// recorder does, each with what its body says, plus the records the background saw before
// DevTools was open (no body for those, and the panel says why). Pure.
import type { TabRecord, TabState } from '../core/types';
import { parseBody } from '../body/parse-body';
import type { BodyEvidence } from '../body/types';
import { isGraphql200, type ResponseEvidence } from '../diagnosis/body-hints';
import { MAX_ITEMS, type Capture } from './capture';

export interface PanelItem {
  record: TabRecord;
  /** The latest capture of this key (absent: seen by the background only). */
  capture?: Capture;
  evidence: ResponseEvidence;
  graphql200: boolean;
}

export interface PanelData {
  pageUrl: string;
  items: Map<string, PanelItem>;
}

export const emptyPanel = (pageUrl = ''): PanelData => ({ pageUrl, items: new Map() });

function evidenceOf(c: Capture): ResponseEvidence {
  const body: BodyEvidence | undefined = c.body ? parseBody({ text: c.body.text, contentType: c.contentType, graphqlRequest: c.graphqlRequest }) : undefined;
  return { ...(body ? { body } : {}), ...(c.noBody ? { noBody: c.noBody } : {}), timing: c.timing };
}

/** A copy of `d` with one more capture. A 2xx whose body lists no GraphQL errors is not kept. */
export function addCapture(d: PanelData, c: Capture): PanelData {
  const evidence = evidenceOf(c);
  const graphql200 = isGraphql200(c.record, evidence.body);
  if (c.record.status >= 200 && c.record.status < 300 && !graphql200) return d;
  const items = new Map(d.items);
  const old = items.get(c.record.key);
  const count = (old?.capture ? old.record.count : 0) + 1;
  items.delete(c.record.key);
  items.set(c.record.key, { record: { ...c.record, count, time: old?.record.time ?? c.record.time }, capture: c, evidence, graphql200 });
  while (items.size > MAX_ITEMS) items.delete(items.keys().next().value as string);
  return { ...d, items };
}

/** The background's records for the tab: those DevTools did not capture come without a body. */
export function withBackground(d: PanelData, state: TabState | null): PanelData {
  if (!state) return d;
  const items = new Map(d.items);
  for (const r of state.records) {
    if (items.get(r.key)?.capture) continue;
    items.set(r.key, { record: r, evidence: { noBody: r.status === 0 ? 'network-failure' : 'before-devtools' }, graphql200: false });
  }
  return { pageUrl: d.pageUrl || state.pageUrl, items };
}

/** A record as the shared list and the report take it: the body excerpt rides along for the report. */
export type PanelRecord = TabRecord & { bodyExcerpt?: string };

function recordOf(item: PanelItem): PanelRecord {
  const text = item.capture?.body?.text;
  return text ? { ...item.record, bodyExcerpt: text } : item.record;
}

/** The list the shared RecordList shows: non-2xx responses and network failures. */
export function listState(d: PanelData, tabId: number): TabState {
  const records = [...d.items.values()].filter((i) => !i.graphql200).map(recordOf);
  return { tabId, pageUrl: d.pageUrl, pageStart: 0, mainRequestId: '', records, dropped: 0, seq: records.length, recent: {} };
}

/** GraphQL responses with a 2xx status and errors in the body: their own kind, off the badge. */
export function graphqlRecords(d: PanelData): PanelRecord[] {
  return [...d.items.values()].filter((i) => i.graphql200).map(recordOf);
}

export function captured(d: PanelData): Capture[] {
  return [...d.items.values()].flatMap((i) => (i.capture ? [i.capture] : []));
}
