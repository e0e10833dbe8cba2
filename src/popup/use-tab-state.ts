// The tab's records, kept live while the popup is open. The first screen comes from a head (the
// worst rows and the counts, whatever the list's length; see prefetch.ts), usually already read
// when the list first renders; the full list follows after that paint, and storage changes keep
// it live.
import { useEffect, useState } from 'preact/hooks';
import type { TabHead } from '../core/head';
import type { TabState } from '../core/types';
import { readStoredTab, readTab, watchTab } from '../platform/tabs';
import { prefetchTab, settledPrefetch, type Prefetched } from './prefetch';

export type TabLoad =
  | { status: 'loading' }
  | { status: 'no-tab' }
  /** `head` is set while only the first screen is known (state.records is then the head's rows). */
  | { status: 'ready'; tabId: number; state: TabState | null; head?: TabHead }
  | { status: 'failed'; message: string };

/** What the prefetch alone shows: no tab, a tab the background knows nothing of, or the head's rows. */
function loadFromHead(p: Prefetched | undefined): TabLoad | undefined {
  if (!p) return undefined;
  if (p.tabId === undefined) return { status: 'no-tab' };
  if (p.head === null) return { status: 'ready', tabId: p.tabId, state: null };
  if (p.head === undefined) return undefined;
  const partial = p.head.total > p.head.state.records.length;
  return { status: 'ready', tabId: p.tabId, state: p.head.state, head: partial ? p.head : undefined };
}

export function useTabState(explicitTabId: number | undefined): TabLoad {
  const [load, setLoad] = useState<TabLoad>(() => loadFromHead(settledPrefetch(explicitTabId)) ?? { status: 'loading' });
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    (async () => {
      const first = await prefetchTab(explicitTabId);
      if (cancelled) return;
      const { tabId, head } = first;
      let full = false;
      const ready = (state: TabState | null) => {
        full = true;
        setLoad({ status: 'ready', tabId: tabId!, state });
      };
      if (tabId !== undefined) stop = watchTab(tabId, ready);
      // Usually drawn by the first render already; otherwise it replaces "Loading…".
      const shown = loadFromHead(first);
      if (shown) setLoad((prev) => (prev.status === 'loading' ? shown : prev));
      // No tab, or the background has nothing for it: that is the whole answer.
      if (tabId === undefined || head === null) return;
      // Let the first screen paint before the full list is fetched and drawn.
      if (head) await new Promise((r) => setTimeout(r, 0));
      // The background's list is the freshest (the stored head may be a flush old).
      const state = head === undefined ? await readStoredTab(tabId) : await readTab(tabId);
      if (!cancelled && !full) ready(state);
    })().catch((e: unknown) => !cancelled && setLoad({ status: 'failed', message: String(e) }));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [explicitTabId]);
  return load;
}
