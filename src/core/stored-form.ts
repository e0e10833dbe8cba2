// What a tab's list looks like in storage.session: the state without what can be derived or is
// only useful in memory. A record's key repeats its URL (up to 8 KB), and the request-id map
// only ties a later abort to a status within a few seconds: storing them doubled every write.
import { recordKey, reviveTabState } from './recorder';
import type { TabRecord, TabState } from './types';

export type StoredRecord = Omit<TabRecord, 'key'>;
export type StoredTab = Omit<TabState, 'records' | 'recent'> & { records: StoredRecord[] };

export function toStored(state: TabState): StoredTab {
  const { recent: _recent, records, ...rest } = state;
  return { ...rest, records: records.map(({ key: _key, ...r }) => r) };
}

/** A stored list (this form, or a full TabState from an older version) back to a TabState. */
export function fromStored(raw: unknown, tabId: number): TabState {
  const state = reviveTabState(raw, tabId);
  for (const r of state.records as (TabRecord & { key?: string })[]) {
    if (typeof r.key !== 'string') r.key = recordKey(r.status, r.method, r.url, r.error);
  }
  return state;
}
