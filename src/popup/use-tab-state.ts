// The tab's records, kept live while the popup is open. The first screen comes from the
// background as a head (the worst rows and the counts, whatever the list's length), asked for
// before the first render (prefetchTab); the full list follows, and storage changes keep it live.
import { useEffect, useState } from 'preact/hooks';
import type { TabHead } from '../core/head';
import type { TabState } from '../core/types';
import { activeTabId, readStoredHead, readStoredTab, readTab, readTabHead, watchTab } from '../platform/tabs';

export type TabLoad =
  | { status: 'loading' }
  | { status: 'no-tab' }
  /** `head` is set while only the first screen is known (state.records is then the head's rows). */
  | { status: 'ready'; tabId: number; state: TabState | null; head?: TabHead }
  | { status: 'failed'; message: string };

interface Prefetched {
  tabId?: number;
  /** undefined: the background did not answer. */
  head: TabHead | null | undefined;
}
let prefetched: Promise<Prefetched> | undefined;
let prefetchedFor: number | undefined;

/** Ask for the tab's first screen right away, in parallel with the popup's other start-up work. */
export function prefetchTab(explicitTabId?: number): Promise<Prefetched> {
  if (!prefetched || prefetchedFor !== explicitTabId) {
    prefetchedFor = explicitTabId;
    prefetched = (async () => {
      const tabId = explicitTabId ?? (await activeTabId());
      if (tabId === undefined) return { tabId, head: null };
      // The stored head needs no background: the fastest start when the worker or event page
      // sleeps. Nothing stored yet (the first flush is pending): ask the background.
      return { tabId, head: (await readStoredHead(tabId)) ?? (await readTabHead(tabId)) };
    })();
  }
  return prefetched;
}

export function useTabState(explicitTabId: number | undefined): TabLoad {
  const [load, setLoad] = useState<TabLoad>({ status: 'loading' });
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    (async () => {
      const { tabId, head } = await prefetchTab(explicitTabId);
      if (cancelled) return;
      if (tabId === undefined) return setLoad({ status: 'no-tab' });
      let full = false;
      const ready = (state: TabState | null) => {
        full = true;
        setLoad({ status: 'ready', tabId, state });
      };
      stop = watchTab(tabId, ready);
      if (head === null) return ready(null); // the background has nothing for this tab
      if (head) {
        setLoad({ status: 'ready', tabId, state: head.state, head: head.total > head.state.records.length ? head : undefined });
        // Let the first screen paint before the full list is fetched and drawn.
        await new Promise((r) => setTimeout(r, 0));
      }
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
