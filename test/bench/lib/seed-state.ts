// A tab list with `n` distinct failing records, built like the recorder's TabState and written into
// storage.session from an extension page as the background writes it, replacing everything stored there.
import type { Page } from 'puppeteer-core';
import { tabHead } from '../../../src/core/head';
import { headKey, tabKey } from '../../../src/core/storage-keys';
import { serializeTab, toStored } from '../../../src/core/stored-form';
import type { TabRecord, TabState } from '../../../src/core/types';

type Area = { set(v: Record<string, unknown>): Promise<void>; clear(): Promise<void> };

export function seedTab(page: Page, tabId: number, n: number): Promise<number> {
  const statuses = [404, 404, 404, 500, 502, 503, 403, 0];
  const reason: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };
  const types = ['image', 'script', 'xmlhttprequest', 'stylesheet', 'font'];
  const now = Date.now();
  const records: TabRecord[] = [];
  for (let i = 0; i < n; i++) {
    const status = statuses[i % statuses.length];
    const url = `https://cdn.shop-example.com/assets/products/${i}-${((i * 2654435761) >>> 0).toString(16)}.webp?w=640&v=2`;
    const error = status === 0 ? 'net::ERR_CONNECTION_REFUSED' : undefined;
    records.push({
      key: `${status === 0 ? 'error' : status}|GET|${url}`, status, statusLine: status ? `HTTP/1.1 ${status} ${reason[status]}` : '',
      ...(error ? { error } : {}), method: 'GET', type: types[i % types.length], url, frame: 'sub', time: now + i, lastTime: now + i,
      count: 1 + (i % 3), ip: '104.18.32.7', fromCache: false, seq: i,
      headers: status
        ? [['date', 'Tue, 14 Oct 2025 09:12:30 GMT'], ['content-type', 'text/html; charset=utf-8'], ['content-length', '1534'],
           ['server', 'cloudflare'], ['cache-control', 'no-store'], ['x-request-id', `req-${i.toString(16).padStart(12, '0')}`],
           ['cf-ray', `8d${i.toString(16).padStart(14, '0')}-FRA`]]
        : [],
    });
  }
  const state: TabState = { tabId, pageUrl: 'https://www.shop-example.com/catalog?page=1', pageStart: now, mainRequestId: '1', records, dropped: 0, seq: n, recent: {} };
  // Stored as the background stores it: the list as one JSON string (stored-form.ts serializeTab),
  // and the first screen beside it. BENCH_SEED_FORM=object stores the list as an object instead,
  // the form builds before that string read (to measure one beside, BENCH_BASELINE_DIST). Not the
  // default: Firefox takes about 0.6 s to clone a 5,000-record object, on the one thread every
  // extension page shares, each time a suspended event page wakes and restores it; in the popup
  // benchmark that stalled one open in fifteen, the blank page's as often as the popup's.
  const list = process.env.BENCH_SEED_FORM === 'object' ? toStored(state) : serializeTab(state);
  const entries = { [tabKey(tabId)]: list, [headKey(tabId)]: tabHead(state) };
  return page.evaluate(
    async (values: Record<string, unknown>) => {
      const g = globalThis as unknown as { browser?: { storage: { session: Area } }; chrome: { storage: { session: Area } } };
      const area = (g.browser ?? g.chrome).storage.session;
      // Alone in storage: Chromium counts about 1.5 KB per record against the 10 MB quota.
      await area.clear();
      await area.set(values);
      return JSON.stringify(values).length;
    },
    entries,
  );
}
