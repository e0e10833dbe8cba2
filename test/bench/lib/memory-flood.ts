// Benchmark 4, Node part: 50 tabs x 2,000 distinct failing requests through applyEvent, the heap
// it keeps, and the size the tabs would take in storage.session.
import { getHeapStatistics } from 'node:v8';
import type { RecorderEvent } from '../../../src/core/events';
import { applyEvent } from '../../../src/core/recorder';
import { tabKey } from '../../../src/core/storage-keys';
import { toStored } from '../../../src/core/stored-form';
import type { TabState } from '../../../src/core/types';
import { distinctFailures, type Delivery } from './synthetic-traffic';

/** chrome.storage.session.QUOTA_BYTES (Firefox uses the same 10 MB). */
export const SESSION_QUOTA = 10 * 1024 * 1024;

declare const gc: () => void;

function heapUsed(): number {
  gc();
  gc();
  return getHeapStatistics().used_heap_size;
}

/**
 * The event the listener emits, built from a JSON copy of the details: the browser hands each
 * listener freshly deserialized strings, so the heap must not share them between events.
 */
function eventOf(d: Delivery): RecorderEvent {
  const x = JSON.parse(JSON.stringify(d.details));
  const common = { requestId: x.requestId, tabId: x.tabId, frameId: x.frameId, type: x.type, method: x.method, url: x.url, timeStamp: x.timeStamp };
  switch (d.on) {
    case 'document': return { kind: 'document', ...common };
    case 'error': return { kind: 'error', ...common, error: x.error, ip: x.ip, fromCache: x.fromCache };
    case 'redirect': return { kind: 'redirect', ...common, statusCode: x.statusCode, statusLine: x.statusLine, redirectUrl: x.redirectUrl, ip: x.ip, fromCache: x.fromCache, responseHeaders: x.responseHeaders };
    default: return { kind: 'response', ...common, statusCode: x.statusCode, statusLine: x.statusLine, ip: x.ip, fromCache: x.fromCache, responseHeaders: x.responseHeaders };
  }
}

export interface FloodResult {
  tabs: number;
  perTab: number;
  heapBefore: number;
  heapAfter: number;
  heapDelta: number;
  recordsPerTab: { min: number; max: number };
  droppedPerTab: { min: number; max: number };
  droppedTotal: number;
  eventsPerSecond: number;
  serializedBytes: number;
  largestTabBytes: number;
}

/** The background's tab store, injected so this file needs no mocked browser. */
export interface Store {
  handleEvent(ev: RecorderEvent): void;
  flush(): Promise<void>;
  allTabs(): ReadonlyMap<number, TabState>;
}

/**
 * With `store`, events go through the background's tab store (its budget across tabs applies at
 * each flush, as in the product); without it, through the pure recorder alone (per-tab cap only).
 */
export async function flood(tabCount = 50, perTab = 2000, store?: Store): Promise<FloodResult> {
  const own = new Map<number, TabState>();
  const heapBefore = heapUsed();
  let applyMs = 0;
  for (let t = 1; t <= tabCount; t++) {
    const events = distinctFailures(t, perTab).map(eventOf);
    const t0 = performance.now();
    for (const ev of events) {
      if (store) store.handleEvent(ev);
      else {
        const r = applyEvent(own.get(ev.tabId), ev);
        if (r.changed && r.state) own.set(ev.tabId, r.state);
      }
    }
    applyMs += performance.now() - t0;
    if (store) await store.flush();
  }
  const tabs = store ? store.allTabs() : own;
  const heapAfter = heapUsed();
  const states = [...tabs.values()];
  const sizes = states.map((s) => Buffer.byteLength(tabKey(s.tabId) + JSON.stringify(store ? toStored(s) : s)));
  const recs = states.map((s) => s.records.length);
  const drops = states.map((s) => s.dropped);
  return {
    tabs: tabs.size,
    perTab,
    heapBefore,
    heapAfter,
    heapDelta: heapAfter - heapBefore,
    recordsPerTab: { min: Math.min(...recs), max: Math.max(...recs) },
    droppedPerTab: { min: Math.min(...drops), max: Math.max(...drops) },
    droppedTotal: drops.reduce((a, b) => a + b, 0),
    eventsPerSecond: Math.round((tabCount * (perTab + 1)) / (applyMs / 1000)),
    serializedBytes: sizes.reduce((a, b) => a + b, 0),
    largestTabBytes: Math.max(...sizes),
  };
}
