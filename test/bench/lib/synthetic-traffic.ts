// Synthetic webRequest traffic for the Node benchmarks: details objects shaped like the ones
// Chromium hands to listeners (same fields, a realistic handful of response headers), with a
// seeded random source so every run replays the same stream.
import type { RawHeader } from '../../../src/core/header-whitelist';

export type Listener = 'document' | 'response' | 'redirect' | 'error';

export interface Details {
  requestId: string;
  tabId: number;
  frameId: number;
  parentFrameId: number;
  frameType: string;
  documentLifecycle: string;
  documentId: string;
  initiator?: string;
  type: string;
  method: string;
  url: string;
  timeStamp: number;
  ip?: string;
  fromCache?: boolean;
  statusCode?: number;
  statusLine?: string;
  responseHeaders?: RawHeader[];
  redirectUrl?: string;
  error?: string;
}

export interface Delivery {
  on: Listener;
  details: Details;
}

export function seeded(seed: number): () => number {
  // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REASON: Record<number, string> = { 200: 'OK', 204: 'No Content', 302: 'Found', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 503: 'Service Unavailable' };
const TYPES = ['image', 'script', 'stylesheet', 'xmlhttprequest', 'font', 'image', 'image'];

let reqCounter = 1000;
let now = 1_760_000_000_000;

/** Ten headers, as a CDN-fronted site sends them; about half are on the whitelist. */
export function responseHeaders(status: number, n: number): RawHeader[] {
  const h: RawHeader[] = [
    { name: 'Date', value: 'Tue, 14 Oct 2025 09:' + String(n % 60).padStart(2, '0') + ':12 GMT' },
    { name: 'Content-Type', value: status < 300 ? 'image/webp' : 'text/html; charset=utf-8' },
    { name: 'Content-Length', value: String(300 + (n % 5000)) },
    { name: 'Connection', value: 'keep-alive' },
    { name: 'Server', value: 'cloudflare' },
    { name: 'Cache-Control', value: status < 300 ? 'public, max-age=86400' : 'no-store' },
    { name: 'Vary', value: 'Accept-Encoding' },
    { name: 'Set-Cookie', value: `__cf_bm=${n.toString(36)}abcdefghijklmnop; path=/; HttpOnly; Secure; SameSite=None` },
    { name: 'X-Request-Id', value: `req-${n.toString(16).padStart(12, '0')}` },
    { name: 'CF-RAY', value: `8d${n.toString(16).padStart(14, '0')}-FRA` },
  ];
  if (status === 503) h.push({ name: 'Retry-After', value: '120' });
  if (status >= 300 && status < 400) h.push({ name: 'Location', value: `https://www.shop-example.com/moved/${n}` });
  return h;
}

function base(tabId: number, url: string, type: string, frameId = 0): Details {
  return {
    requestId: String(reqCounter++), tabId, frameId, parentFrameId: frameId === 0 ? -1 : 0, frameType: 'outermost_frame',
    documentLifecycle: 'active', documentId: '4E0F5A1C9B7D3E2F8A6B4C1D0E9F7A5B', initiator: 'https://www.shop-example.com',
    type, method: type === 'xmlhttprequest' ? 'POST' : 'GET', url, timeStamp: now++ + 0.123,
  };
}

export function documentDelivery(tabId: number): Delivery {
  const d = base(tabId, `https://www.shop-example.com/tab/${tabId}/`, 'main_frame');
  d.frameType = 'outermost_frame';
  return { on: 'document', details: d };
}

/** One delivery with the given outcome: a status (response or redirect) or a network error. */
export function outcomeDelivery(tabId: number, url: string, type: string, outcome: number | string, n: number): Delivery {
  const d = base(tabId, url, type);
  d.ip = '104.18.' + (n % 250) + '.7';
  d.fromCache = false;
  if (typeof outcome === 'string') {
    d.error = outcome;
    return { on: 'error', details: d };
  }
  d.statusCode = outcome;
  d.statusLine = `HTTP/1.1 ${outcome} ${REASON[outcome] ?? ''}`;
  d.responseHeaders = responseHeaders(outcome, n);
  if (outcome >= 300 && outcome < 400) {
    d.redirectUrl = `https://www.shop-example.com/moved/${n}`;
    return { on: 'redirect', details: d };
  }
  return { on: 'response', details: d };
}

/**
 * A mixed stream: `tabs` tabs, `urls` distinct URLs, 90% 2xx and 10% non-2xx (404 4%, 500 2%,
 * 503 1%, 302 2%, network error 1%). A URL keeps its outcome, as a broken asset does.
 */
export function mixedStream(events: number, tabs = 6, urls = 400, seed = 42): Delivery[] {
  const rnd = seeded(seed);
  const failing = Math.round(urls * 0.15);
  const outcomes: (number | string)[] = [404, 404, 404, 404, 500, 500, 503, 302, 302, 'net::ERR_CONNECTION_REFUSED'];
  const url = (i: number) => `https://cdn.shop-example.com/assets/${TYPES[i % TYPES.length]}/${i}-${(i * 2654435761 >>> 0).toString(16)}.bin?v=3`;
  const out: Delivery[] = [];
  for (let t = 1; t <= tabs; t++) out.push(documentDelivery(t));
  for (let i = 0; i < events; i++) {
    const tab = 1 + Math.floor(rnd() * tabs);
    if (rnd() < 0.1) {
      const u = Math.floor(rnd() * failing);
      out.push(outcomeDelivery(tab, url(u), TYPES[u % TYPES.length], outcomes[u % outcomes.length], i));
    } else {
      const u = failing + Math.floor(rnd() * (urls - failing));
      out.push(outcomeDelivery(tab, url(u), TYPES[u % TYPES.length], u % 17 === 0 ? 204 : 200, i));
    }
  }
  return out;
}

/** `count` distinct failing requests for one tab (the memory flood). */
export function distinctFailures(tabId: number, count: number): Delivery[] {
  const outcomes: (number | string)[] = [404, 404, 404, 404, 404, 500, 500, 503, 403, 'net::ERR_CONNECTION_REFUSED'];
  const out: Delivery[] = [documentDelivery(tabId)];
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length];
    const u = `https://cdn.shop-example.com/assets/products/${tabId}/${i}-${(i * 2654435761 >>> 0).toString(16)}.webp?w=640&v=${tabId}`;
    out.push(outcomeDelivery(tabId, u, type, outcomes[i % outcomes.length], tabId * 100_000 + i));
  }
  return out;
}
