// What the popup's first screen reads: the options, the UI language's strings and the tab's head.
// Started as early as the popup can (first-read.ts runs before the UI's own modules); every later
// call shares the same answer, and the first render uses it once settled (no "Loading…" frame
// first).
import type { TabHead } from '../core/head';
import type { Options } from '../core/options';
import { resolveLang, setLanguage } from '../i18n/lang';
import { loadMessages } from '../i18n/load-messages';
import { loadOptions } from '../platform/options-storage';
import { activeTabId, readStoredHead, readTabHead } from '../platform/tabs';
import { uiLanguage } from '../platform/ui-language';

let options: Promise<Options> | undefined;

/** The options as the popup opened with them (read once). */
export function prefetchOptions(): Promise<Options> {
  return (options ??= loadOptions());
}

let language: Promise<void> | undefined;

/**
 * The UI language set, its strings loaded. The browser's language is fetched at once, beside
 * the options read (most users keep "auto"); a language chosen in the options follows them.
 */
export function prefetchLanguage(): Promise<void> {
  if (!language) {
    void loadMessages(resolveLang('auto', uiLanguage()));
    language = prefetchOptions().then(async (o) => {
      const l = resolveLang(o.language, uiLanguage());
      setLanguage(l, await loadMessages(l));
    });
  }
  return language;
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
