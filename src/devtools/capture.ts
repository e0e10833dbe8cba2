// What the panel keeps of one finished request, from its HAR entry: which requests count (the
// same non-2xx responses and network failures the popup lists, plus GraphQL calls, whose errors
// hide in 200s), a TabRecord for the shared list, the timing, and why a body is missing.
// Pure: the devtools page (devtools.ts) feeds it entries and bodies.
import { isRecordable } from '../core/classify';
import { keepDiagnosticHeaders } from '../core/header-whitelist';
import type { TabRecord } from '../core/types';
import { MAX_BODY_CHARS } from '../body/limits';
import { isGraphqlRequest } from '../body/graphql';
import type { NoBodyReason } from '../diagnosis/body-hints';
import type { Timing } from '../diagnosis/timing';
import type { HarEntry } from './har-types';

/** Most rows the panel keeps, and captures the devtools page holds for it (the oldest go first). */
export const MAX_ITEMS = 500;

/** Bodies larger than this are not fetched at all (getContent would copy them whole). */
export const MAX_FETCH_BYTES = 2 * 1024 * 1024;

export interface CapturedBody {
  /** At most MAX_BODY_CHARS characters, as received (redacted only when shown or exported). */
  text: string;
  truncated: boolean;
}

export interface Capture {
  record: TabRecord;
  /** The entry without its body (HAR export adds the redacted excerpt back). */
  entry: HarEntry;
  contentType: string;
  timing: Timing;
  graphqlRequest: boolean;
  body?: CapturedBody;
  noBody?: NoBodyReason;
}

function headerOf(h: HarEntry['response']['headers'], name: string): string {
  return h?.find((x) => typeof x?.name === 'string' && x.name.toLowerCase() === name)?.value ?? '';
}

/**
 * Whether the panel lists this request: a non-2xx, a network failure, or a GraphQL call (maybe a
 * 200 with errors). Status 0 counts only with an error name: Firefox ESR 153 sometimes reports a
 * request that did get its response with status 0 and no error (seen in the e2e, about one load
 * in three); the background's own record of it (webRequest) is listed instead.
 */
export function wanted(entry: HarEntry): boolean {
  const status = entry?.response?.status;
  if (typeof status !== 'number') return false;
  if (status === 0) return typeof entry.response._error === 'string' && entry.response._error !== '';
  if (isRecordable(status)) return true;
  return isGraphqlRequest(entry.request?.url ?? '', entry.request?.postData?.text);
}

/**
 * Whether a getHAR() entry is finished: it also lists requests still under way (status 0 and no
 * error yet, seen with a slow upstream), which must wait for a later look.
 */
export function finishedInHar(entry: HarEntry): boolean {
  const r = entry?.response;
  return typeof r?.status === 'number' && (r.status > 0 || (typeof r._error === 'string' && r._error !== ''));
}

/** Whether to ask the browser for the body, or the reason not to. */
export function bodyPlan(entry: HarEntry): 'fetch' | NoBodyReason {
  const r = entry.response;
  if (r.status === 0) return 'network-failure';
  const size = r.content?.size ?? -1;
  if (size > MAX_FETCH_BYTES) return 'too-large';
  return 'fetch';
}

/** What getContent gave, as a body or the reason there is none. */
export function bodyFrom(entry: HarEntry, got: { text?: string; encoding?: string }): Pick<Capture, 'body' | 'noBody'> {
  if (got.encoding === 'base64') return { noBody: 'unavailable' };
  if (typeof got.text !== 'string') return { noBody: (entry.response.content?.size ?? -1) === 0 ? 'empty' : 'opaque' };
  if (got.text === '') return { noBody: 'empty' };
  const truncated = got.text.length > MAX_BODY_CHARS;
  return { body: { text: truncated ? got.text.slice(0, MAX_BODY_CHARS) : got.text, truncated } };
}

/** The HAR entry without bodies, fit to keep and to post to the panel (structured clone). */
function lean(entry: HarEntry): HarEntry {
  const { request, response } = entry;
  const out: HarEntry = {
    startedDateTime: entry.startedDateTime,
    time: entry.time,
    request: { ...request, postData: request.postData ? { mimeType: request.postData.mimeType, text: request.postData.text?.slice(0, MAX_BODY_CHARS) } : undefined },
    response: { ...response, content: { size: response.content?.size, mimeType: response.content?.mimeType } },
    cache: {},
    timings: entry.timings,
  };
  if (entry.serverIPAddress) out.serverIPAddress = entry.serverIPAddress;
  return out;
}

let seq = 0;

export function captureOf(entry: HarEntry, fallbackError: string, now = Date.now()): Capture {
  const status = entry.response.status;
  const method = entry.request.method || 'GET';
  const url = entry.request.url;
  const started = Date.parse(entry.startedDateTime ?? '');
  const time = Number.isFinite(started) ? started : now;
  const record: TabRecord = {
    key: `${status === 0 ? 'error' : status}|${method}|${url}`,
    status,
    statusLine: status === 0 ? '' : `${entry.response.httpVersion ?? ''} ${status} ${entry.response.statusText ?? ''}`.trim(),
    method,
    type: typeof entry._resourceType === 'string' ? entry._resourceType : 'other',
    url,
    frame: 'sub',
    time,
    lastTime: time + (entry.time ?? 0),
    count: 1,
    fromCache: false,
    headers: keepDiagnosticHeaders(entry.response.headers),
    seq: ++seq,
  };
  if (status === 0) record.error = typeof entry.response._error === 'string' && entry.response._error ? entry.response._error : fallbackError;
  if (entry.serverIPAddress) record.ip = entry.serverIPAddress;
  const wait = entry.timings?.wait;
  return {
    record,
    entry: lean(entry),
    contentType: headerOf(entry.response.headers, 'content-type') || entry.response.content?.mimeType || '',
    timing: { totalMs: typeof entry.time === 'number' ? entry.time : -1, ...(typeof wait === 'number' && wait >= 0 ? { waitMs: wait } : {}) },
    graphqlRequest: isGraphqlRequest(url, entry.request.postData?.text),
  };
}
