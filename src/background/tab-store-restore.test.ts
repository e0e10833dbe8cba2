// Restoring the lists when the worker starts again: bad stored data costs only itself, and a tab
// closed while the worker slept does not come back.
import { describe, expect, it, vi } from 'vitest';

const good = { status: 404, statusLine: '', method: 'GET', type: 'image', url: 'http://a/x.png', frame: 'sub', time: 1, lastTime: 1, count: 1, fromCache: false, headers: [], seq: 0 };
const stored = new Map<string, unknown>([
  ['tab:1', { pageUrl: 'http://a/', pageStart: 1, mainRequestId: '1', dropped: 0, seq: 1, records: [null, good] }],
  ['tab:2', { pageUrl: 'http://b/', pageStart: 1, mainRequestId: '2', dropped: 0, seq: 1, records: [{ ...good, url: 'http://b/y.png', headers: undefined }] }],
  // Tab 3 was closed while the worker slept; tab 4 is being closed as the worker wakes.
  ['tab:3', { pageUrl: 'http://c/', pageStart: 1, mainRequestId: '3', dropped: 0, seq: 1, records: [good] }],
  ['head:3', { total: 1 }],
  ['tab:4', { pageUrl: 'http://d/', pageStart: 1, mainRequestId: '4', dropped: 0, seq: 1, records: [good] }],
]);

vi.mock('../platform/browser', () => ({
  browser: {
    tabs: { query: async () => [{ id: 1 }, { id: 2 }, { id: 4 }] },
    storage: {
      session: {
        get: async () => Object.fromEntries(stored),
        set: async () => {},
        remove: async (k: string | string[]) => void (Array.isArray(k) ? k : [k]).forEach((x) => stored.delete(x)),
      },
    },
  },
}));
vi.mock('../platform/badge', () => ({ paintBadge: async () => {} }));
vi.mock('../platform/options-storage', async () => {
  const { defaults } = await import('../core/options');
  return { loadOptions: async () => defaults, watchOptions: () => {}, defaults };
});

const { forgetTab, getTab, ready, handleEvent } = await import('./tab-store');
// The close that woke the worker arrives before the stored lists are read back.
forgetTab(4);

describe('restore', () => {
  it('keeps every readable record and drops only the bad ones', async () => {
    await ready;
    expect((await getTab(1))!.records.map((r) => r.url)).toEqual(['http://a/x.png']);
    expect((await getTab(2))!.records[0].headers).toEqual([]);
  });
  it('applies later events to a tab restored with a record that had no headers', async () => {
    await ready;
    handleEvent({ kind: 'response', requestId: '9', tabId: 2, frameId: 0, type: 'image', method: 'GET', url: 'http://b/y.png', timeStamp: 2, statusCode: 404 });
    expect((await getTab(2))!.records[0].count).toBe(2);
  });
  it('does not bring back tabs closed while the worker slept, and removes their keys', async () => {
    await ready;
    expect(await getTab(3)).toBeNull();
    expect(await getTab(4)).toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    expect([...stored.keys()].sort()).toEqual(['tab:1', 'tab:2']);
  });
});
