// The recorder: pure functions that fold webRequest events into per-tab state.
// It mutates the TabState it is given (the background applies thousands of events a second;
// copying state per event would be the cost), and reports whether anything changed so the
// caller knows which tabs to flush to storage.
import { isRecordable, severityOf } from './classify';
import type { DocumentEvent, ErrorEvent, RecorderEvent, RedirectEvent, ResponseEvent } from './events';
import { keepDiagnosticHeaders } from './header-whitelist';
import type { TabRecord, TabState } from './types';

/** Most records per tab; past it the least severe, oldest record gives way (counted in `dropped`). */
export const MAX_RECORDS_PER_TAB = 1000;
/** Longest URL stored. Longer URLs are cut (and marked) so one hostile page cannot fill storage. */
export const MAX_URL_LENGTH = 8192;
/** Request ids remembered per tab to tie a later failure to a status already recorded. */
const MAX_PENDING = 256;

export function newTabState(tabId: number, pageUrl = '', pageStart = 0, mainRequestId = ''): TabState {
  return { tabId, pageUrl, pageStart, mainRequestId, records: [], dropped: 0, seq: 0, recent: {} };
}

// The key index is derived from `records`, so it is not stored: it is rebuilt on first use after a
// restore from storage.session.
const indexes = new WeakMap<TabState, Map<string, TabRecord>>();

function indexOf(state: TabState): Map<string, TabRecord> {
  let idx = indexes.get(state);
  if (!idx) {
    idx = new Map(state.records.map((r) => [r.key, r]));
    indexes.set(state, idx);
  }
  return idx;
}

export function recordKey(status: number, method: string, url: string, error?: string): string {
  return `${error !== undefined && status === 0 ? 'error' : status}|${method}|${url}`;
}

function clipUrl(url: string): string {
  return url.length > MAX_URL_LENGTH ? url.slice(0, MAX_URL_LENGTH) + '…' : url;
}

/**
 * A new top-level document starts a new list. Redirect hops of the same main-frame request
 * (same requestId) do not: they led to this document and stay with it.
 */
export function startDocument(state: TabState | undefined, ev: DocumentEvent): TabState {
  if (state && state.mainRequestId === ev.requestId) return state;
  return newTabState(ev.tabId, clipUrl(ev.url), ev.timeStamp, ev.requestId);
}

function upsert(state: TabState, fresh: Omit<TabRecord, 'key' | 'count' | 'seq' | 'lastTime'>): TabRecord {
  const key = recordKey(fresh.status, fresh.method, fresh.url, fresh.error);
  const idx = indexOf(state);
  const seen = idx.get(key);
  if (seen) {
    seen.count++;
    seen.lastTime = fresh.time;
    // Later responses carry the fresher headers (a Retry-After that counts down, a new CF-RAY).
    if (fresh.headers.length) seen.headers = fresh.headers;
    return seen;
  }
  const rec: TabRecord = { ...fresh, key, count: 1, seq: state.seq++, lastTime: fresh.time };
  state.records.push(rec);
  idx.set(key, rec);
  if (state.records.length > MAX_RECORDS_PER_TAB) evictOne(state, idx);
  return rec;
}

/** Drop the least severe record, the oldest among equals: the worst and most recent survive. */
function evictOne(state: TabState, idx: Map<string, TabRecord>): void {
  let victim = 0;
  let vSev = Infinity;
  const recs = state.records;
  for (let i = 0; i < recs.length; i++) {
    const s = severityOf(recs[i].status, recs[i].error);
    if (s < vSev) {
      vSev = s;
      victim = i;
    }
  }
  idx.delete(recs[victim].key);
  recs.splice(victim, 1);
  state.dropped++;
}

function rememberRequest(state: TabState, requestId: string, key: string): void {
  const recent = state.recent;
  recent[requestId] = key;
  const ids = Object.keys(recent);
  if (ids.length > MAX_PENDING) delete recent[ids[0]];
}

export function recordResponse(state: TabState, ev: ResponseEvent | RedirectEvent): boolean {
  if (!isRecordable(ev.statusCode)) return false;
  const rec = upsert(state, {
    status: ev.statusCode,
    statusLine: ev.statusLine ?? '',
    method: ev.method,
    type: ev.type,
    url: clipUrl(ev.url),
    frame: ev.frameId === 0 ? 'main' : 'sub',
    time: ev.timeStamp,
    ip: ev.ip,
    fromCache: !!ev.fromCache,
    headers: keepDiagnosticHeaders(ev.responseHeaders),
    ...(ev.kind === 'redirect' ? { redirectTo: clipUrl(ev.redirectUrl) } : {}),
  });
  if (ev.kind === 'response') rememberRequest(state, ev.requestId, rec.key);
  return true;
}

/**
 * A failure. When the same request already produced a recorded status (Chromium cancels some
 * <img> loads of a 404 page part-way: onResponseStarted said 404, then onErrorOccurred says
 * ERR_ABORTED), the status is the truth: note the error on that record instead of adding one.
 */
export function recordError(state: TabState, ev: ErrorEvent): boolean {
  const priorKey = state.recent[ev.requestId];
  if (priorKey !== undefined) {
    const prior = indexOf(state).get(priorKey);
    delete state.recent[ev.requestId];
    if (prior) {
      prior.error = ev.error;
      return true;
    }
  }
  upsert(state, {
    status: 0,
    statusLine: '',
    error: ev.error,
    method: ev.method,
    type: ev.type,
    url: clipUrl(ev.url),
    frame: ev.frameId === 0 ? 'main' : 'sub',
    time: ev.timeStamp,
    ip: ev.ip,
    fromCache: !!ev.fromCache,
    headers: [],
  });
  return true;
}

/**
 * Apply one event to the tab's state. Returns the state to keep for the tab (a new object when a
 * new document started) and whether it changed. Events with no tab (tabId -1: service workers,
 * the browser itself) never reach a tab list.
 */
export function applyEvent(state: TabState | undefined, ev: RecorderEvent): { state: TabState | undefined; changed: boolean } {
  if (ev.tabId < 0) return { state, changed: false };
  if (ev.kind === 'document') {
    const next = startDocument(state, ev);
    return { state: next, changed: next !== state };
  }
  if (state && startedBefore(ev.requestId, state.mainRequestId)) {
    // Left over from the previous document: navigating away aborts its in-flight requests
    // (ERR_ABORTED / NS_BINDING_ABORTED) after the new document's request has started.
    return { state, changed: false };
  }
  // A response in a tab we have no document for (the page was loaded before we started):
  // start a list without a page URL rather than lose it.
  const s = state ?? newTabState(ev.tabId);
  let changed: boolean;
  switch (ev.kind) {
    case 'response':
      if (!isRecordable(ev.statusCode)) {
        // 2xx: nothing to keep, but the request id must not shadow a later failure.
        return { state, changed: false };
      }
      changed = recordResponse(s, ev);
      break;
    case 'redirect':
      changed = recordResponse(s, ev);
      break;
    case 'error':
      changed = recordError(s, ev);
      break;
  }
  return { state: changed || state ? s : state, changed };
}

/**
 * Both browsers number requests with an increasing counter (Chromium's request ids, Firefox's
 * channel ids), so a smaller id started earlier. Unknown shapes never count as earlier.
 */
export function startedBefore(requestId: string, mainRequestId: string): boolean {
  if (!mainRequestId) return false;
  const a = Number(requestId);
  const b = Number(mainRequestId);
  return Number.isFinite(a) && Number.isFinite(b) && a < b;
}

/** Clean a state read back from storage (older shape, missing fields) so the recorder can use it. */
export function reviveTabState(raw: unknown, tabId: number): TabState {
  const r = raw as Partial<TabState> | undefined;
  if (!r || typeof r !== 'object' || !Array.isArray(r.records)) return newTabState(tabId);
  return {
    tabId,
    pageUrl: typeof r.pageUrl === 'string' ? r.pageUrl : '',
    pageStart: typeof r.pageStart === 'number' ? r.pageStart : 0,
    mainRequestId: typeof r.mainRequestId === 'string' ? r.mainRequestId : '',
    records: r.records,
    dropped: typeof r.dropped === 'number' ? r.dropped : 0,
    seq: typeof r.seq === 'number' ? r.seq : r.records.length,
    recent: r.recent && typeof r.recent === 'object' ? r.recent : {},
  };
}
