// What the popup's first screen reads: the options and the tab's head. Started as early as the
// popup can (first-read.ts runs before the UI's code has loaded); every later call shares the
// same answer, and the first render uses it once settled (no "Loading…" frame first).
import type { TabHead } from '../core/head';
import type { Options } from '../core/options';
import { loadOptions } from '../platform/options-storage';
import { activeTabId, readStoredHead, readTabHead } from '../platform/tabs';

let options: Promise<Options> | undefined;

/** The options as the popup opened with them (read once). */
export function prefetchOptions(): Promise<Options> {
  return (options ??= loadOptions());
}

export interface Prefetched {
  tabId?: number;
  /** null: the background has nothing for the tab; undefined: the background did not answer. */
  head: TabHead | null | undefined;
}

let prefetched: Promise<Prefetched> | undefined;
let prefetchedFor: number | undefined;
let settled: Prefetched | undefined;

/** Ask for the tab's first screen right away (once per tab id; later calls share the answer). */
export function prefetchTab(explicitTabId?: number): Promise<Prefetched> {
  if (!prefetched || prefetchedFor !== explicitTabId) {
    prefetchedFor = explicitTabId;
    settled = undefined;
    const p = (async (): Promise<Prefetched> => {
      const tabId = explicitTabId ?? (await activeTabId());
      if (tabId === undefined) return { tabId, head: null };
      // The stored head needs no background: the fastest start when the worker or event page
      // sleeps. Nothing stored yet (the first flush is pending): ask the background.
      return { tabId, head: (await readStoredHead(tabId)) ?? (await readTabHead(tabId)) };
    })();
    prefetched = p;
    p.then((v) => void (prefetched === p && (settled = v)), () => {});
  }
  return prefetched;
}

/** The prefetch's answer for this tab id if it has already arrived. */
export function settledPrefetch(explicitTabId?: number): Prefetched | undefined {
  return prefetchedFor === explicitTabId ? settled : undefined;
}
