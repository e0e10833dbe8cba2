// The store's flush against a storage.session that refuses writes past its quota: one oversized
// tab must not keep the other tabs of the same batch from being saved.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommitEvent, RecorderEvent } from '../core/events';
import { MAX_PRERENDER_RECORDS, MAX_PRERENDERS_PER_TAB } from '../core/prerender';

const stored = new Map<string, unknown>();
const refused = new Set<string>();

vi.mock('../platform/browser', () => ({
  browser: {
    storage: {
      session: {
        get: async () => Object.fromEntries(stored),
        // All or nothing, like the real API when a write goes over the quota.
        set: async (items: Record<string, unknown>) => {
          if (Object.keys(items).some((k) => refused.has(k))) throw new Error('Session storage quota bytes exceeded');
          for (const [k, v] of Object.entries(items)) stored.set(k, structuredClone(v));
        },
        remove: async (k: string | string[]) => void (Array.isArray(k) ? k : [k]).forEach((x) => stored.delete(x)),
      },
    },
  },
}));
const painted: number[] = [];
vi.mock('../platform/badge', () => ({ paintBadge: async (tabId: number) => void painted.push(tabId) }));
vi.mock('../platform/options-storage', async () => {
  const { defaults } = await import('../core/options');
  return { loadOptions: async () => defaults, watchOptions: () => {}, defaults };
});

const { flush, forgetTab, handleCommit, handleEvent, getTab, ready, BADGE_MS, MAX_RECORDS_ALL_TABS } = await import('./tab-store');

let id = 1;
const ev = (tabId: number, url: string): RecorderEvent => ({
  kind: 'response', requestId: String(id++), tabId, frameId: 0, type: 'image', method: 'GET', url, timeStamp: 1, statusCode: 404,
});

describe('tab store', () => {
  beforeEach(() => {
    stored.clear();
    refused.clear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('saves the other tabs of a batch when one tab does not fit', async () => {
    await ready;
    refused.add('tab:2');
    handleEvent(ev(1, 'http://a/1.png'));
    handleEvent(ev(2, 'http://b/huge.png'));
    handleEvent(ev(3, 'http://c/3.png'));
    await flush();
    // Each tab is stored as its list and its first screen (head:<id>).
    expect([...stored.keys()].filter((k) => k.startsWith('tab:')).sort()).toEqual(['tab:1', 'tab:3']);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('could not save'), 'tab:2', expect.any(Error));
  });

  it('keeps all lists within one byte budget: hostile tabs with multi-byte headers leave room for the others', async () => {
    await ready;
    // What a browser hands over for a header whose bytes are UTF-8 "€": three Latin-1 characters
    // per euro, six bytes once stored as UTF-8 JSON.
    const mojibake = Buffer.from('€'.repeat(600), 'utf8').toString('latin1');
    const fat = Array.from({ length: 40 }, (_, i) => ({ name: 'Link', value: `<${i}>${mojibake}` }));
    for (const tab of [11, 12, 13, 14]) {
      for (let i = 0; i < 100; i++) handleEvent({ ...ev(tab, `http://evil-${tab}.example/${i}?${'é'.repeat(4000)}`), responseHeaders: fat } as RecorderEvent);
    }
    handleEvent(ev(15, 'http://quiet.example/missing.png'));
    await flush();
    const bytes = [...stored.values()].reduce((n: number, v) => n + new TextEncoder().encode(JSON.stringify(v)).length, 0);
    expect(bytes).toBeLessThan(9 * 1024 * 1024);
    // Stored as one JSON string (src/core/stored-form.ts serializeTab).
    expect((JSON.parse(stored.get('tab:15') as string) as { records: unknown[] }).records).toHaveLength(1);
    for (const tab of [11, 12, 13, 14]) expect(stored.has(`tab:${tab}`)).toBe(true);
    for (const tab of [11, 12, 13, 14, 15]) forgetTab(tab);
  }, 30_000);

  it('forgets a closed tab in storage', async () => {
    handleEvent(ev(5, 'http://e/5.png'));
    await flush();
    expect(stored.has('tab:5')).toBe(true);
    forgetTab(5);
    await Promise.resolve();
    expect(stored.has('tab:5')).toBe(false);
    expect(stored.has('head:5')).toBe(false);
  });
});

describe('tab store: prerendered pages (Chromium)', () => {
  const O = 'http://127.0.0.1:8080';
  // The sequence Chromium 156 sends (see core/prerender.test.ts): A loads, prerenders /next (B).
  const top = { frameId: 0, parentFrameId: -1, documentLifecycle: 'active', frameType: 'outermost_frame' } as const;
  const pre = { frameId: 5, parentFrameId: -1, documentLifecycle: 'prerender', frameType: 'outermost_frame' } as const;
  const seq = (tabId: number): Record<string, RecorderEvent> => ({
    docA: { ...top, tabId, kind: 'document', requestId: String(id++), type: 'main_frame', method: 'GET', url: `${O}/a`, timeStamp: 1 },
    a404: { ...top, tabId, kind: 'response', requestId: String(id++), type: 'image', method: 'GET', url: `${O}/a-404.png`, timeStamp: 2, statusCode: 404, documentId: 'A' },
    prefetch: { ...top, tabId, kind: 'document', requestId: String(id++), type: 'main_frame', method: 'GET', url: `${O}/next`, timeStamp: 3, documentId: 'A' },
    docB: { ...pre, tabId, kind: 'document', requestId: String(id++), type: 'main_frame', method: 'GET', url: `${O}/next`, timeStamp: 4 },
    b500: { ...pre, tabId, kind: 'response', requestId: String(id++), type: 'image', method: 'GET', url: `${O}/b-500.png`, timeStamp: 5, statusCode: 500, documentId: 'B' },
    aLate: { ...top, tabId, kind: 'error', requestId: String(id++), type: 'xmlhttprequest', method: 'GET', url: `${O}/slow-a`, timeStamp: 9, error: 'net::ERR_ABORTED', documentId: 'A' },
    bAfter: { ...top, tabId, kind: 'response', requestId: String(id++), type: 'xmlhttprequest', method: 'GET', url: `${O}/b-after-503`, timeStamp: 9, statusCode: 503, documentId: 'B' },
  });
  const commit = (tabId: number): CommitEvent => ({ kind: 'prerender-commit', tabId, frameId: 5, documentId: 'B', url: `${O}/next`, timeStamp: 4 });
  const activation = (tabId: number): CommitEvent => ({ kind: 'document-commit', tabId, documentId: 'B', url: `${O}/next`, timeStamp: 8 });
  const urls = async (tabId: number) => (await getTab(tabId))?.records.map((r) => r.url.slice(O.length));

  beforeEach(() => {
    stored.clear();
    painted.length = 0;
  });

  it('keeps the current list and badge while a page prerenders, and shows its own list once activated', async () => {
    await ready;
    const e = seq(20);
    for (const k of ['docA', 'a404'] as const) handleEvent(e[k]);
    await new Promise((r) => setTimeout(r, BADGE_MS + 50));
    painted.length = 0;
    for (const k of ['prefetch', 'docB', 'b500'] as const) handleEvent(e[k]);
    handleCommit(commit(20));
    expect(await urls(20)).toEqual(['/a-404.png']);
    expect((await getTab(20))!.pageUrl).toBe(`${O}/a`);
    await flush();
    expect(stored.has('pre:20')).toBe(true);
    await new Promise((r) => setTimeout(r, BADGE_MS + 50));
    expect(painted).not.toContain(20);

    handleCommit(activation(20));
    handleEvent(e.aLate);
    handleEvent(e.bAfter);
    expect((await getTab(20))!.pageUrl).toBe(`${O}/next`);
    expect(await urls(20)).toEqual(['/b-500.png', '/b-after-503']);
    await flush();
    expect(stored.has('pre:20')).toBe(false);
    await new Promise((r) => setTimeout(r, BADGE_MS + 50));
    expect(painted).toContain(20);
  });

  it('brings back the replaced page’s list when it comes back from the back/forward cache', async () => {
    const e = seq(21);
    for (const k of ['docA', 'a404', 'docB', 'b500'] as const) handleEvent(e[k]);
    handleCommit(commit(21));
    handleCommit(activation(21));
    handleCommit({ kind: 'history-commit', tabId: 21, url: `${O}/a`, timeStamp: 10 });
    expect(await urls(21)).toEqual(['/a-404.png']);
  });

  it('activates a page prerendered before the worker stopped', async () => {
    const e = seq(22);
    for (const k of ['docA', 'a404', 'docB', 'b500'] as const) handleEvent(e[k]);
    handleCommit(commit(22));
    await flush();
    vi.resetModules();
    const fresh = await import('./tab-store');
    // The activation wakes the new worker before it has read storage back.
    fresh.handleCommit(activation(22));
    fresh.handleEvent(e.bAfter);
    expect((await fresh.getTab(22))!.records.map((r) => r.url.slice(O.length))).toEqual(['/b-500.png', '/b-after-503']);
  });

  it('discards what a page prerendered when the tab goes elsewhere, or closes', async () => {
    const e = seq(23);
    for (const k of ['docA', 'docB', 'b500'] as const) handleEvent(e[k]);
    await flush();
    expect(stored.has('pre:23')).toBe(true);
    handleEvent({ ...e.docA, requestId: String(id++), url: `${O}/elsewhere` });
    await flush();
    expect(stored.has('pre:23')).toBe(false);
    // The prerendered document is gone: committing it later changes nothing.
    handleCommit(activation(23));
    expect((await getTab(23))!.pageUrl).toBe(`${O}/elsewhere`);

    const f = seq(24);
    for (const k of ['docA', 'docB', 'b500'] as const) handleEvent(f[k]);
    await flush();
    forgetTab(24);
    await Promise.resolve();
    expect(stored.has('pre:24')).toBe(false);
  });

  it('counts held records in the budget across tabs, and trims them first', async () => {
    const tabsFull = [30, 31, 32];
    for (const t of tabsFull) {
      handleEvent({ ...seq(t).docA });
      for (let i = 0; i < 1000; i++) handleEvent(ev(t, `${O}/${t}/${i}.png`));
    }
    const e = seq(33);
    handleEvent(e.docA);
    for (let p = 0; p < MAX_PRERENDERS_PER_TAB; p++) {
      handleEvent({ ...e.docB, frameId: 50 + p, requestId: String(id++) });
      for (let i = 0; i < MAX_PRERENDER_RECORDS; i++) handleEvent({ ...e.b500, frameId: 50 + p, requestId: String(id++), url: `${O}/p${p}/${i}.png` });
    }
    await flush();
    for (const t of tabsFull) expect((await getTab(t))!.records).toHaveLength(1000);
    const heldStored = stored.get('pre:33') as { state: { records: unknown[] } }[];
    expect(heldStored).toHaveLength(MAX_PRERENDERS_PER_TAB);
    const heldCount = heldStored.reduce((n, p) => n + p.state.records.length, 0);
    expect(3000 + heldCount).toBeLessThanOrEqual(MAX_RECORDS_ALL_TABS);
    for (const t of [...tabsFull, 33]) forgetTab(t);
  });
});
