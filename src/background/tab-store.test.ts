// The store's flush against a storage.session that refuses writes past its quota: one oversized
// tab must not keep the other tabs of the same batch from being saved.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecorderEvent } from '../core/events';

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
vi.mock('../platform/badge', () => ({ paintBadge: async () => {} }));
vi.mock('../platform/options-storage', async () => {
  const { defaults } = await import('../core/options');
  return { loadOptions: async () => defaults, watchOptions: () => {}, defaults };
});

const { flush, forgetTab, handleEvent, ready } = await import('./tab-store');

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
