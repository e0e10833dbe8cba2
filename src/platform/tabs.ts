// Tab and messaging calls the popup needs.
import type { Messages, MessageName } from '../core/messages';
import { headKey, tabKey } from '../core/storage-keys';
import { fromStored } from '../core/stored-form';
import type { TabHead } from '../core/head';
import type { TabState } from '../core/types';
import { browser } from './browser';

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId);
}

export function send<K extends MessageName>(name: K, request: Messages[K]['request']): Promise<Messages[K]['response']> {
  return browser.runtime.sendMessage({ name, request }) as Promise<Messages[K]['response']>;
}

/** The tab's state as last flushed to storage: no background wake-up, at most one flush old. */
export async function readStoredTab(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(tabKey(tabId));
  return got[tabKey(tabId)] ? fromStored(got[tabKey(tabId)], tabId) : null;
}

/** The tab's first screen as last flushed: small, and read without waking the background. */
export async function readStoredHead(tabId: number): Promise<TabHead | null> {
  const got = await browser.storage.session.get(headKey(tabId));
  const head = got[headKey(tabId)] as TabHead | undefined;
  return head && Array.isArray(head.state?.records) ? head : null;
}

/** The first screen of the tab's list, from the background; undefined when it does not answer. */
export async function readTabHead(tabId: number): Promise<TabHead | null | undefined> {
  try {
    return await send('getTabHead', { tabId });
  } catch {
    return undefined;
  }
}

/** How long the popup waits for the background before it trusts storage instead. */
const ANSWER_MS = 3000;

/** The tab's state: asked of the background (freshest), read from storage if it does not answer. */
export async function readTab(tabId: number): Promise<TabState | null> {
  try {
    // A reply can be lost (a worker stopped mid-answer): storage then has all but the last second.
    const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), ANSWER_MS));
    const s = await Promise.race([send('getTab', { tabId }), timeout]);
    if (s !== undefined) return s === null ? null : fromStored(s, tabId);
  } catch {
    // Background not reachable (being restarted): storage has everything up to the last flush.
  }
  return readStoredTab(tabId);
}

/** Calls back whenever the tab's stored state changes (each background flush). */
export function watchTab(tabId: number, onChange: (s: TabState | null) => void): () => void {
  const key = tabKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes) {
      const v = changes[key].newValue;
      onChange(v ? fromStored(v, tabId) : null);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
