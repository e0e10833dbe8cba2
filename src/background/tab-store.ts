// The background's state: tab lists in memory, mirrored to storage.session in batches.
// MV3 may stop the worker (or Firefox suspend the event page) at any moment, so storage is the
// truth: on start the lists are read back, and events that arrive before that are queued.
import type { RecorderEvent } from '../core/events';
import { applyEvent, reviveTabState } from '../core/recorder';
import { tabIdOfKey, tabKey } from '../core/storage-keys';
import type { TabState } from '../core/types';
import { defaults, type Options } from '../core/options';
import { paintBadge } from '../platform/badge';
import { loadOptions, watchOptions } from '../platform/options-storage';
import { browser } from '../platform/browser';

/** Flush interval: at most 4 storage writes a second, however fast events come. */
export const FLUSH_MS = 250;

const tabs = new Map<number, TabState>();
const dirty = new Set<number>();
let loaded = false;
let queue: RecorderEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
// Options only change how the badge counts; the recorder keeps everything.
let options: Options = defaults;
void loadOptions().then((o) => (options = o));
watchOptions((o) => {
  options = o;
  for (const [id, s] of tabs) void paintBadge(id, s, options);
});

export const ready: Promise<void> = browser.storage.session
  .get(null)
  .then((all) => {
    for (const [key, value] of Object.entries(all)) {
      const id = tabIdOfKey(key);
      // Events already applied for this tab (from the queue, below) are newer than storage.
      if (id !== undefined && !tabs.has(id)) tabs.set(id, reviveTabState(value, id));
    }
  })
  .catch((e: unknown) => console.error('Status Lens: could not restore session state', e))
  .finally(() => {
    loaded = true;
    const q = queue;
    queue = [];
    for (const ev of q) apply(ev);
  });

export function handleEvent(ev: RecorderEvent): void {
  if (!loaded) queue.push(ev);
  else apply(ev);
}

function apply(ev: RecorderEvent): void {
  const prev = tabs.get(ev.tabId);
  const { state, changed } = applyEvent(prev, ev);
  if (!changed || !state) return;
  tabs.set(ev.tabId, state);
  dirty.add(ev.tabId);
  timer ??= setTimeout(flush, FLUSH_MS);
}

export async function flush(): Promise<void> {
  timer = undefined;
  if (!dirty.size) return;
  const batch: Record<string, TabState> = {};
  const ids = [...dirty];
  dirty.clear();
  for (const id of ids) {
    const s = tabs.get(id);
    if (s) batch[tabKey(id)] = s;
  }
  try {
    await browser.storage.session.set(batch);
  } catch (e) {
    console.error('Status Lens: could not save session state', e);
  }
  for (const id of ids) void paintBadge(id, tabs.get(id), options);
}

export async function getTab(tabId: number): Promise<TabState | null> {
  await ready;
  return tabs.get(tabId) ?? null;
}

export function forgetTab(tabId: number): void {
  tabs.delete(tabId);
  dirty.delete(tabId);
  void browser.storage.session.remove(tabKey(tabId)).catch(() => {});
}
