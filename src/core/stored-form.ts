// What a tab's list looks like in storage.session: the state without what can be derived or is
// only useful in memory. A record's key repeats its URL (up to 8 KB), and the request-id map
// only ties a later abort to a status within a few seconds: storing them doubled every write.
import type { HeldPage } from './prerender';
import { recordKey, reviveTabState } from './recorder';
import type { TabRecord, TabState } from './types';

export type StoredRecord = Omit<TabRecord, 'key'>;
export type StoredTab = Omit<TabState, 'records' | 'recent'> & { records: StoredRecord[] };

export function toStored(state: TabState): StoredTab {
  const { recent: _recent, records, ...rest } = state;
  return { ...rest, records: records.map(({ key: _key, ...r }) => r) };
}

/**
 * The list as storage.session holds it: one JSON string. Handed an object, Chromium converts it
 * value by value, in the worker and again in the browser process, and counts every value's memory
 * against the 10 MB quota: for 480 records (a page load with 480 failures) on a loaded 2-core
 * machine that took 845 ms a write, the worker's busiest call while pages load, and 918 KB of
 * quota. The same list stringified took 14 ms, stored in 120 ms, and counted 286 KB.
 */
export function serializeTab(state: TabState): string {
  return JSON.stringify(toStored(state));
}

/** A stored list (a string from serializeTab, or an object stored by an older version) back to a TabState. */
export function fromStored(stored: unknown, tabId: number): TabState {
  const raw = typeof stored === 'string' ? parseOrNothing(stored) : stored;
  const state = reviveTabState(raw, tabId);
  for (const r of state.records as (TabRecord & { key?: string })[]) {
    if (typeof r.key !== 'string') r.key = recordKey(r.status, r.method, r.url, r.error);
  }
  const documentId = (raw as { documentId?: unknown } | undefined)?.documentId;
  if (typeof documentId === 'string') state.documentId = documentId;
  return state;
}

function parseOrNothing(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

export interface StoredHeldPage {
  frames: number[];
  documentId?: string;
  state: StoredTab;
}

export function toStoredHeld(pages: readonly HeldPage[]): StoredHeldPage[] {
  return pages.map((p) => ({ frames: p.frames, ...(p.documentId !== undefined ? { documentId: p.documentId } : {}), state: toStored(p.state) }));
}

/** Stored held pages back; anything malformed is left out. */
export function fromStoredHeld(raw: unknown, tabId: number): HeldPage[] {
  if (!Array.isArray(raw)) return [];
  const pages: HeldPage[] = [];
  for (const p of raw as Partial<StoredHeldPage>[]) {
    if (!p || !Array.isArray(p.frames) || !p.frames.every((f) => typeof f === 'number')) continue;
    pages.push({ frames: p.frames, ...(typeof p.documentId === 'string' ? { documentId: p.documentId } : {}), state: fromStored(p.state, tabId) });
  }
  return pages;
}
