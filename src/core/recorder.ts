// The recorder: pure functions that fold webRequest events into per-tab state.
// It mutates the TabState it is given (the background applies thousands of events a second;
// copying state per event would be the cost), and reports whether anything changed so the
// caller knows which tabs to flush to storage.
import { BLOCKED_KINDS, blockedKind } from './blocked';
import { isRecordable, keepRank } from './classify';
import type { DocumentEvent, ErrorEvent, RecorderEvent, RedirectEvent, ResponseEvent } from './events';
import { keepDiagnosticHeaders } from './header-whitelist';
import type { TabRecord, TabState } from './types';

/** Most records per tab; past it the least severe, oldest record gives way (counted in `dropped`). */
export const MAX_RECORDS_PER_TAB = 1000;
/** Longest URL stored. Longer URLs are cut (and marked) so one hostile page cannot fill storage. */
export const MAX_URL_LENGTH = 8192;
/** Longest status line and method stored (a server or a page chooses both freely). */
export const MAX_STATUS_LINE = 512;
export const MAX_METHOD_LENGTH = 64;
/**
 * Size budget of one tab's records, in UTF-8 bytes as storage counts them (a "€" in a header is
 * three). The count cap alone does not bound storage: 1,000 records with 8 KB URLs (and 40
 * headers of 2 KB) are tens of megabytes, and storage.session holds 10 MB for all tabs together
 * (Chromium refuses the whole write past it, so everything after would be lost on a worker
 * restart). Past the budget the least severe, oldest records give way, as with the count cap.
 */
export const MAX_TAB_BYTES = 2_000_000;
/** Request ids remembered per tab to tie a later failure to a status already recorded. */
const MAX_PENDING = 256;

export function newTabState(tabId: number, pageUrl = '', pageStart = 0, mainRequestId = ''): TabState {
  return { tabId, pageUrl, pageStart, mainRequestId, records: [], dropped: 0, seq: 0, recent: {} };
}

/**
 * A record in the key index, with what its headers count in the tab's size. A repeat replaces the
 * headers; counting the old ones again meant reading the previous response's header strings, which
 * are rarely still in the CPU cache.
 */
interface Indexed {
  rec: TabRecord;
  /** headersSize(rec.headers) */
  headerChars: number;
}

/**
 * What the recorder derives from a tab's records, kept beside the state rather than in it (so it is
 * never stored, and is rebuilt on first use after a restore from storage.session): the key index,
 * the tab's approximate size and how many ids `recent` holds. One object per tab, so an event looks
 * it up once (three WeakMaps were looked up about six times per non-2xx event).
 */
interface Derived {
  index: Map<string, Indexed>;
  /** Sum of recordSize() over the records. */
  size: number;
  /** Number of ids in `recent` (counting keys on every response was once the hottest line). */
  pending: number;
}

const derived = new WeakMap<TabState, Derived>();

function derivedOf(state: TabState): Derived {
  let d = derived.get(state);
  if (!d) {
    d = { index: new Map(), size: 0, pending: Object.keys(state.recent).length };
    for (const r of state.records) {
      d.index.set(r.key, { rec: r, headerChars: headersSize(r.headers) });
      d.size += recordSize(r);
    }
    derived.set(state, d);
  }
  return d;
}

/**
 * Bytes a string takes in storage's JSON, at most: UTF-8, and 6 for a control character JSON
 * escapes (\u0000). A loop over char codes: no allocation on the recorder's path.
 */
export function jsonBytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += 5;
    else if (c === 0x22 || c === 0x5c) n += 1;
    else if (c >= 0x80) n += c < 0x800 ? 1 : 2; // a surrogate pair counts 2 + 2 = 4
  }
  return n;
}

function headersSize(h: TabRecord['headers']): number {
  let n = 0;
  for (const [k, v] of h) n += jsonBytes(k) + jsonBytes(v) + 8;
  return n;
}

/** Bytes a record takes once serialized, at most (string fields plus a fixed overhead). */
export function recordSize(r: TabRecord): number {
  return (
    120 + jsonBytes(r.key) + jsonBytes(r.url) + jsonBytes(r.statusLine) + jsonBytes(r.method) + jsonBytes(r.type) +
    (r.error ? jsonBytes(r.error) : 0) + (r.redirectTo ? jsonBytes(r.redirectTo) : 0) + (r.ip ? jsonBytes(r.ip) : 0) + headersSize(r.headers)
  );
}

export function tabSize(state: TabState): number {
  return derivedOf(state).size;
}

export function recordKey(status: number, method: string, url: string, error?: string): string {
  return `${error !== undefined && status === 0 ? 'error' : status}|${method}|${url}`;
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) + '…' : s;
}

/** A URL as the recorder stores it: cut past MAX_URL_LENGTH (and marked). */
export function clipUrl(url: string): string {
  return clip(url, MAX_URL_LENGTH);
}

/**
 * A new top-level document starts a new list. Redirect hops of the same main-frame request
 * (same requestId) do not: they led to this document and stay with it.
 */
export function startDocument(state: TabState | undefined, ev: DocumentEvent): TabState {
  if (state && state.mainRequestId === ev.requestId) {
    // A redirect hop of the same request: the page will be where it ends.
    state.pageUrl = clipUrl(ev.url);
    return state;
  }
  return newTabState(ev.tabId, clipUrl(ev.url), ev.timeStamp, ev.requestId);
}

/** A record's fields as an event gives them; the recorder adds the rest. */
type FreshRecord = Omit<TabRecord, 'key' | 'count' | 'seq' | 'lastTime'>;

function addRecord(state: TabState, d: Derived, key: string, fresh: FreshRecord): TabRecord {
  const rec: TabRecord = { ...fresh, key, count: 1, seq: state.seq++, lastTime: fresh.time };
  d.size += recordSize(rec);
  state.records.push(rec);
  d.index.set(key, { rec, headerChars: headersSize(rec.headers) });
  fitBudget(state, d);
  return rec;
}

/** The same status, method and URL again: counted on the first record, which takes the fresher headers. */
function seenAgain(state: TabState, d: Derived, seen: Indexed, time: number, headers: TabRecord['headers']): void {
  const rec = seen.rec;
  rec.count++;
  rec.lastTime = time;
  // Later responses carry the fresher headers (a Retry-After that counts down, a new CF-RAY).
  if (headers.length) {
    const chars = headersSize(headers);
    d.size += chars - seen.headerChars;
    seen.headerChars = chars;
    rec.headers = headers;
    fitBudget(state, d);
  }
}

/** Records dropped at once when a cap is passed: one scan per batch instead of one per new record. */
const EVICT_BATCH = 0.05;

function overBudget(state: TabState, d: Derived, maxRecords: number, maxBytes: number): boolean {
  return state.records.length > maxRecords || (state.records.length > 1 && d.size > maxBytes);
}

function fitBudget(state: TabState, d: Derived, maxRecords = MAX_RECORDS_PER_TAB, maxBytes = MAX_TAB_BYTES): void {
  while (overBudget(state, d, maxRecords, maxBytes)) {
    evictBatch(state, d, Math.max(1, state.records.length - maxRecords, Math.floor(maxRecords * EVICT_BATCH)));
  }
}

/**
 * Drop `n` records, the least severe first (what the user's own browser blocked goes before
 * anything: see keepRank) and the oldest among equals: the worst and most recent survive. One pass
 * ranks them all; the survivors keep their order.
 */
function evictBatch(state: TabState, d: Derived, n: number): void {
  const recs = state.records;
  n = Math.min(n, recs.length - 1);
  if (n <= 0) return;
  const order = recs.map((r, i) => ({ i, s: keepRank(r) })).sort((a, b) => a.s - b.s || a.i - b.i);
  const drop = new Set(order.slice(0, n).map((o) => o.i));
  const kept: TabRecord[] = [];
  for (let i = 0; i < recs.length; i++) {
    if (!drop.has(i)) kept.push(recs[i]);
    else {
      d.index.delete(recs[i].key);
      d.size -= recordSize(recs[i]);
    }
  }
  state.records = kept;
  state.dropped += n;
}

/** Trim a tab to `maxRecords` (the background's budget across all tabs); returns how many went. */
export function trimTab(state: TabState, maxRecords: number): number {
  const before = state.records.length;
  if (before > maxRecords) fitBudget(state, derivedOf(state), maxRecords);
  return before - state.records.length;
}

/** Trim a tab to `maxBytes` (the background's byte budget across all tabs); returns the bytes freed. */
export function trimTabBytes(state: TabState, maxBytes: number): number {
  const d = derivedOf(state);
  const before = d.size;
  if (before > maxBytes) fitBudget(state, d, MAX_RECORDS_PER_TAB, maxBytes);
  return before - d.size;
}

/** Records stay in sequence order (appended; eviction keeps the order): a binary search finds one. */
function bySeq(records: readonly TabRecord[], seq: number): TabRecord | undefined {
  let lo = 0;
  let hi = records.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = records[mid].seq;
    if (s === seq) return records[mid];
    if (s < seq) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

// `recent` maps a request id to its record's sequence number (as text): a key would repeat the
// URL, up to 8 KB, in every entry. States stored by older versions hold keys: both are looked up.
// Trimming happens in bulk, when it holds twice MAX_PENDING: listing the keys on every response
// was the recorder's hottest line.
function rememberRequest(state: TabState, d: Derived, requestId: string, rec: TabRecord): void {
  const recent = state.recent;
  if (!(requestId in recent)) d.pending++;
  recent[requestId] = String(rec.seq);
  if (d.pending > 2 * MAX_PENDING) {
    const ids = Object.keys(recent); // insertion order: oldest first
    for (let i = 0; i < ids.length - MAX_PENDING; i++) delete recent[ids[i]];
    d.pending = MAX_PENDING;
  }
}

/** What every record keeps of its request, bounded (method and URL are clipped by the caller: they are in the key). */
function requestFields(ev: ResponseEvent | RedirectEvent | ErrorEvent, method: string, url: string) {
  return {
    method,
    type: ev.type,
    url,
    frame: ev.frameId === 0 ? ('main' as const) : ('sub' as const),
    time: ev.timeStamp,
    ip: ev.ip,
    fromCache: !!ev.fromCache,
  };
}

/**
 * A status. Most non-2xx events repeat a record already in the list (a broken asset on every
 * page view, a polling endpoint): the key is looked up first and the record is only built when new.
 */
export function recordResponse(state: TabState, ev: ResponseEvent | RedirectEvent): boolean {
  if (!isRecordable(ev.statusCode)) return false;
  const d = derivedOf(state);
  const method = clip(ev.method, MAX_METHOD_LENGTH);
  const url = clipUrl(ev.url);
  const headers = keepDiagnosticHeaders(ev.responseHeaders);
  const key = recordKey(ev.statusCode, method, url);
  const seen = d.index.get(key);
  let rec: TabRecord;
  if (seen) {
    seenAgain(state, d, seen, ev.timeStamp, headers);
    rec = seen.rec;
  } else {
    rec = addRecord(state, d, key, {
      status: ev.statusCode,
      statusLine: clip(ev.statusLine ?? '', MAX_STATUS_LINE),
      ...requestFields(ev, method, url),
      headers,
      ...(ev.kind === 'redirect' ? { redirectTo: clipUrl(ev.redirectUrl) } : {}),
    });
  }
  if (ev.kind === 'response') rememberRequest(state, d, ev.requestId, rec);
  return true;
}

/**
 * A failure. When the same request already produced a recorded status (Chromium cancels some
 * <img> loads of a 404 page part-way: onResponseStarted said 404, then onErrorOccurred says
 * ERR_ABORTED), the status is the truth: note the error on that record instead of adding one.
 */
export function recordError(state: TabState, ev: ErrorEvent): boolean {
  const d = derivedOf(state);
  const ref = state.recent[ev.requestId];
  if (ref !== undefined) {
    const prior = d.index.get(ref)?.rec ?? bySeq(state.records, Number(ref));
    delete state.recent[ev.requestId];
    d.pending = Math.max(0, d.pending - 1);
    if (prior) {
      d.size += ev.error.length - (prior.error?.length ?? 0);
      prior.error = ev.error;
      return true;
    }
  }
  const method = clip(ev.method, MAX_METHOD_LENGTH);
  const url = clipUrl(ev.url);
  const key = recordKey(0, method, url, ev.error);
  const seen = d.index.get(key);
  if (seen) seenAgain(state, d, seen, ev.timeStamp, []);
  else {
    const blocked = blockedKind(0, ev.error, ev);
    addRecord(state, d, key, { status: 0, statusLine: '', error: ev.error, ...requestFields(ev, method, url), headers: [], ...(blocked ? { blocked } : {}) });
  }
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
  const b = mainNumber(mainRequestId);
  if (b === undefined) return false;
  const a = +requestId;
  return a === a && a < b; // a === a: not NaN
}

// The last main request id as a number: the same string comes with every event of the page.
let lastMainId = '';
let lastMainNum: number | undefined;
function mainNumber(id: string): number | undefined {
  if (id !== lastMainId) {
    lastMainId = id;
    const n = +id;
    lastMainNum = Number.isFinite(n) ? n : undefined;
  }
  return lastMainNum;
}

/** Clean a state read back from storage (older shape, missing fields) so the recorder can use it. */
/**
 * A stored record made safe to use, or undefined when it cannot be: storage.session is ours, but a
 * bad record (an older version, a bug, a hand edit) must cost only itself, never the tab's list or
 * every later event for the tab.
 */
export function reviveRecord(raw: unknown): TabRecord | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Partial<TabRecord>;
  if (typeof r.status !== 'number' || !Number.isFinite(r.status) || typeof r.url !== 'string' || typeof r.method !== 'string') return undefined;
  const headers = Array.isArray(r.headers)
    ? r.headers.filter((h): h is [string, string] => Array.isArray(h) && typeof h[0] === 'string' && typeof h[1] === 'string')
    : [];
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  const rec: TabRecord = {
    ...(r as TabRecord),
    statusLine: typeof r.statusLine === 'string' ? r.statusLine : '',
    type: typeof r.type === 'string' ? r.type : 'other',
    frame: r.frame === 'main' ? 'main' : 'sub',
    time: num(r.time, 0),
    lastTime: num(r.lastTime, num(r.time, 0)),
    count: Math.max(1, num(r.count, 1)),
    seq: num(r.seq, 0),
    fromCache: r.fromCache === true,
    headers,
  };
  if (r.error !== undefined && typeof r.error !== 'string') delete rec.error;
  if (r.redirectTo !== undefined && typeof r.redirectTo !== 'string') delete rec.redirectTo;
  if (r.ip !== undefined && typeof r.ip !== 'string') delete rec.ip;
  if (r.key !== undefined && typeof r.key !== 'string') delete (rec as Partial<TabRecord>).key;
  if (r.blocked !== undefined && !BLOCKED_KINDS.includes(r.blocked)) delete rec.blocked;
  return rec;
}

export function reviveTabState(raw: unknown, tabId: number): TabState {
  const r = raw as Partial<TabState> | undefined;
  if (!r || typeof r !== 'object' || !Array.isArray(r.records)) return newTabState(tabId);
  const records: TabRecord[] = [];
  for (const x of r.records as unknown[]) {
    const rec = reviveRecord(x);
    if (rec) records.push(rec);
  }
  return {
    tabId,
    pageUrl: typeof r.pageUrl === 'string' ? r.pageUrl : '',
    pageStart: typeof r.pageStart === 'number' ? r.pageStart : 0,
    mainRequestId: typeof r.mainRequestId === 'string' ? r.mainRequestId : '',
    records,
    dropped: typeof r.dropped === 'number' ? r.dropped : 0,
    seq: typeof r.seq === 'number' ? r.seq : records.length,
    recent: r.recent && typeof r.recent === 'object' ? r.recent : {},
  };
}
