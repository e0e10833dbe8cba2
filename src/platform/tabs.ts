// Tab and messaging calls the popup needs.
import type { Messages, MessageName } from '../core/messages';
import { tabKey } from '../core/storage-keys';
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

/** The tab's state: asked of the background (freshest), read from storage if it does not answer. */
export async function readTab(tabId: number): Promise<TabState | null> {
  try {
    const s = await send('getTab', { tabId });
    if (s !== undefined) return s;
  } catch {
    // Background not reachable (being restarted): storage has everything up to the last flush.
  }
  const got = await browser.storage.session.get(tabKey(tabId));
  return (got[tabKey(tabId)] as TabState | undefined) ?? null;
}

/** Calls back whenever the tab's stored state changes (each background flush). */
export function watchTab(tabId: number, onChange: (s: TabState | null) => void): () => void {
  const key = tabKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes) onChange((changes[key].newValue as TabState | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function openUrl(url: string): void {
  void browser.tabs.create({ url });
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
