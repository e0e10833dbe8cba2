// The background's state: tab lists in memory, mirrored to storage.session in batches.
// MV3 may stop the worker (or Firefox suspend the event page) at any moment, so storage is the
// truth: on start the lists are read back, and events that arrive before that are queued.
import type { CommitEvent, RecorderEvent } from '../core/events';
import { tabHead } from '../core/head';
import { applyEvent, tabSize, trimTab, trimTabBytes } from '../core/recorder';
import { headKey, heldKey, tabIdOfAnyKey, tabIdOfHeldKey, tabIdOfKey, tabKey } from '../core/storage-keys';
import { rememberPage, restorePage } from '../core/page-history';
import { activatePrerender, fromOtherDocument, heldRecords, holdEvent, linkPrerender, routeOf, type HeldPage } from '../core/prerender';
import { fromStored, fromStoredHeld, serializeTab, toStoredHeld } from '../core/stored-form';
import type { TabState } from '../core/types';
import { defaults, type Options } from '../core/options';
import { paintBadge } from '../platform/badge';
import { loadOptions, watchOptions } from '../platform/options-storage';
import { browser } from '../platform/browser';

/**
 * Flush 250 ms after the last change, and at most 1 s after the first unsaved one: a page that
 * loads for two seconds is written about twice, not eight times (each write copies the tab's
 * whole list), and a burst is on disk within a second of its start.
 */
export const FLUSH_MS = 250;
export const FLUSH_MAX_WAIT_MS = 1000;
/**
 * Records kept across all tabs. storage.session holds 10 MB for everything and Chromium counts
 * about 1.5 KB per record: past this budget the tabs with the most records give up their least
 * severe ones (each tab keeps at least a fair share).
 */
export const MAX_RECORDS_ALL_TABS = 3500;
/**
 * UTF-8 bytes of all lists together, the current ones, pages held aside (prerendered) and earlier
 * pages kept in memory: storage.session's 10 MB must take every tab's list and first screen, so
 * one hostile page (any third-party iframe can be one) cannot make another tab's list unsaveable.
 * Earlier pages give way first (memory only), then held pages, then the biggest lists.
 */
export const MAX_BYTES_ALL_TABS = 6_000_000;
/**
 * Tabs whose earlier pages are kept (in memory only: a back/forward-cache restore comes soon after
 * leaving a page, and a list lost with a stopped worker only means the popup asks for a reload).
 */
export const MAX_TABS_WITH_EARLIER = 10;

const tabs = new Map<number, TabState>();
const dirty = new Set<number>();
/** Lists of pages each tab showed before (see core/page-history.ts), most recently used last. */
const earlier = new Map<number, TabState[]>();

function keepEarlier(tabId: number, pages: TabState[]): void {
  earlier.delete(tabId);
  earlier.set(tabId, pages);
  if (earlier.size > MAX_TABS_WITH_EARLIER) earlier.delete(earlier.keys().next().value!);
}
/**
 * Pages prerendered in each tab, held aside until one is shown (core/prerender.ts). Saved to
 * storage.session with the lists: the user may go there long after the worker has stopped.
 */
const held = new Map<number, HeldPage[]>();
const heldDirty = new Set<number>();

let loaded = false;
// Requests and commits in arrival order: an activation must not overtake the requests before it.
let queue: (RecorderEvent | CommitEvent)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let firstUnsaved = 0;
// The badge follows faster than storage (a quarter second), on its own timer: painting is cheap.
export const BADGE_MS = 250;
const badgeDirty = new Set<number>();
let badgeTimer: ReturnType<typeof setTimeout> | undefined;

function paintBadges(): void {
  badgeTimer = undefined;
  for (const id of badgeDirty) void paintBadge(id, tabs.get(id), options);
  badgeDirty.clear();
}
// Options only change how the badge counts; the recorder keeps everything.
let options: Options = defaults;
void loadOptions().then((o) => (options = o));
watchOptions((o) => {
  options = o;
  for (const [id, s] of tabs) void paintBadge(id, s, options);
});

/** Tabs closed while the lists were being read back (the close may be what woke the worker). */
const forgotten = new Set<number>();

/** Ids of the tabs open now; undefined when the browser will not say (then nothing is dropped). */
async function openTabIds(): Promise<Set<number> | undefined> {
  try {
    const all = await browser.tabs.query({});
    return new Set(all.flatMap((t) => (t.id === undefined ? [] : [t.id])));
  } catch {
    return undefined;
  }
}

export const ready: Promise<void> = Promise.all([browser.storage.session.get(null), openTabIds()])
  .then(([all, open]) => {
    const gone: string[] = [];
    for (const [key, value] of Object.entries(all)) {
      const id = tabIdOfAnyKey(key);
      // A tab closed while the worker slept gets no list back (and its keys go).
      if (id !== undefined && (forgotten.has(id) || (open !== undefined && !open.has(id)))) {
        gone.push(key);
        continue;
      }
      try {
        const tabId = tabIdOfKey(key);
        // Events already applied for this tab (from the queue, below) are newer than storage.
        if (tabId !== undefined && !tabs.has(tabId)) tabs.set(tabId, fromStored(value, tabId));
        const heldId = tabIdOfHeldKey(key);
        if (heldId !== undefined && !held.has(heldId)) {
          const pages = fromStoredHeld(value, heldId);
          if (pages.length) held.set(heldId, pages);
        }
      } catch (e) {
        // One unreadable list costs only itself.
        console.error('Status Lens: dropped an unreadable stored list', key, e);
        gone.push(key);
      }
    }
    if (gone.length) void browser.storage.session.remove(gone).catch(() => {});
  })
  .catch((e: unknown) => console.error('Status Lens: could not restore session state', e))
  .finally(() => {
    loaded = true;
    const q = queue;
    queue = [];
    for (const ev of q) {
      if (isCommit(ev)) applyCommit(ev);
      else apply(ev);
    }
  });

function isCommit(ev: RecorderEvent | CommitEvent): ev is CommitEvent {
  return ev.kind === 'history-commit' || ev.kind === 'document-commit' || ev.kind === 'prerender-commit';
}

export function handleEvent(ev: RecorderEvent): void {
  if (!loaded) queue.push(ev);
  else apply(ev);
}

function apply(ev: RecorderEvent): void {
  const route = routeOf(ev);
  if (route !== 'tab') {
    if (route === 'held') hold(ev);
    return;
  }
  const prev = tabs.get(ev.tabId);
  if (fromOtherDocument(prev, ev)) return;
  const { state, changed } = applyEvent(prev, ev);
  if (!changed || !state) return;
  if (ev.kind === 'document') {
    // A new document: the page it replaces may come back from the back/forward cache; what that
    // page prerendered can no longer be shown.
    if (prev) keepEarlier(ev.tabId, rememberPage(earlier.get(ev.tabId) ?? [], prev));
    dropHeld(ev.tabId);
  }
  setChanged(ev.tabId, state);
}

/** A request of a page prerendered in the tab: kept aside, off the list and the badge. */
function hold(ev: RecorderEvent): void {
  const r = holdEvent(held.get(ev.tabId) ?? [], ev);
  if (r.changed) setHeld(ev.tabId, r.pages);
}

/** The tab's held pages changed: saved with the next flush (never one write per request). */
function setHeld(tabId: number, pages: HeldPage[]): void {
  held.set(tabId, pages);
  heldDirty.add(tabId);
  scheduleFlush();
}

function dropHeld(tabId: number): void {
  if (!held.delete(tabId)) return;
  heldDirty.add(tabId);
  scheduleFlush();
}

/** A document committed without a request of its own (see platform/navigation.ts). */
export function handleCommit(ev: CommitEvent): void {
  if (!loaded) queue.push(ev);
  else applyCommit(ev);
}

function applyCommit(ev: CommitEvent): void {
  const id = ev.tabId;
  switch (ev.kind) {
    case 'history-commit': {
      // A page came back from the back/forward cache: show its own list again.
      const r = restorePage(tabs.get(id), earlier.get(id) ?? [], ev);
      if (!r) return;
      keepEarlier(id, r.earlier);
      dropHeld(id);
      setChanged(id, r.state);
      return;
    }
    case 'prerender-commit': {
      const r = linkPrerender(held.get(id) ?? [], ev);
      if (r.changed) setHeld(id, r.pages);
      return;
    }
    case 'document-commit': {
      // A prerendered page the tab now shows: its own list, the one it replaces remembered.
      const pages = held.get(id);
      if (!pages) return;
      const r = activatePrerender(tabs.get(id), earlier.get(id) ?? [], pages, ev);
      if (!r) return;
      keepEarlier(id, r.earlier);
      dropHeld(id);
      setChanged(id, r.state);
      return;
    }
  }
}

function setChanged(tabId: number, state: TabState): void {
  tabs.set(tabId, state);
  dirty.add(tabId);
  badgeDirty.add(tabId);
  badgeTimer ??= setTimeout(paintBadges, BADGE_MS);
  scheduleFlush();
}

function scheduleFlush(): void {
  // The timer is not moved on every event (clearTimeout + setTimeout per request held the tab
  // store to 254k non-2xx events/s; without it 320k): it checks, when it fires, whether it is quiet.
  lastChange = Date.now();
  if (timer === undefined) {
    firstUnsaved = lastChange;
    timer = setTimeout(tick, FLUSH_MS);
  }
}

let lastChange = 0;

function tick(): void {
  const now = Date.now();
  const quietIn = lastChange + FLUSH_MS - now;
  const deadlineIn = firstUnsaved + FLUSH_MAX_WAIT_MS - now;
  if (quietIn > 0 && deadlineIn > 0) timer = setTimeout(tick, Math.min(quietIn, deadlineIn));
  else void flush();
}

/**
 * Keep the records of all tabs, held prerendered pages included, within MAX_RECORDS_ALL_TABS;
 * marks what it trims dirty. Held pages give way first: most are never shown.
 */
function fitAllTabs(): void {
  fitBytesAllTabs();
  let total = 0;
  for (const s of tabs.values()) total += s.records.length;
  let heldTotal = 0;
  for (const pages of held.values()) heldTotal += heldRecords(pages);
  for (const [id, pages] of held) {
    if (total + heldTotal <= MAX_RECORDS_ALL_TABS) break;
    for (const p of pages) heldTotal -= trimTab(p.state, Math.max(1, p.state.records.length - (total + heldTotal - MAX_RECORDS_ALL_TABS)));
    heldDirty.add(id);
  }
  const budget = MAX_RECORDS_ALL_TABS - heldTotal;
  if (total <= budget) return;
  const share = Math.floor(budget / tabs.size);
  for (const [id, s] of [...tabs].sort((a, b) => b[1].records.length - a[1].records.length)) {
    if (total <= budget || s.records.length <= share) break;
    total -= trimTab(s, Math.max(share, s.records.length - (total - budget)));
    dirty.add(id);
    // Its count changed without an event: repaint its badge too.
    badgeDirty.add(id);
    badgeTimer ??= setTimeout(paintBadges, BADGE_MS);
  }
}

function fitBytesAllTabs(): void {
  const pagesBytes = (pages: readonly TabState[]) => pages.reduce((n, p) => n + tabSize(p), 0);
  let bytes = 0;
  for (const s of tabs.values()) bytes += tabSize(s);
  let heldBytes = 0;
  for (const pages of held.values()) heldBytes += pagesBytes(pages.map((p) => p.state));
  let earlierBytes = 0;
  for (const pages of earlier.values()) earlierBytes += pagesBytes(pages);
  const over = () => bytes + heldBytes + earlierBytes - MAX_BYTES_ALL_TABS;
  // Least recently used first.
  for (const id of [...earlier.keys()]) {
    if (over() <= 0) return;
    earlierBytes -= pagesBytes(earlier.get(id)!);
    earlier.delete(id);
  }
  for (const [id, pages] of [...held]) {
    if (over() <= 0) return;
    heldBytes -= pagesBytes(pages.map((p) => p.state));
    held.delete(id);
    heldDirty.add(id);
  }
  if (over() <= 0) return;
  const share = Math.floor(MAX_BYTES_ALL_TABS / Math.max(1, tabs.size));
  for (const [id, s] of [...tabs].sort((a, b) => tabSize(b[1]) - tabSize(a[1]))) {
    const excess = over();
    if (excess <= 0) return;
    const size = tabSize(s);
    if (size <= share) return;
    bytes -= trimTabBytes(s, Math.max(share, size - excess));
    dirty.add(id);
    badgeDirty.add(id);
    badgeTimer ??= setTimeout(paintBadges, BADGE_MS);
  }
}

export async function flush(): Promise<void> {
  timer = undefined;
  if (!dirty.size && !heldDirty.size) return;
  fitAllTabs();
  const batch: Record<string, unknown> = {};
  const ids = [...dirty];
  dirty.clear();
  for (const id of ids) {
    const s = tabs.get(id);
    if (!s) continue;
    batch[tabKey(id)] = serializeTab(s);
    batch[headKey(id)] = tabHead(s);
  }
  const gone: string[] = [];
  for (const id of heldDirty) {
    const pages = held.get(id);
    if (pages) batch[heldKey(id)] = toStoredHeld(pages);
    else gone.push(heldKey(id));
  }
  heldDirty.clear();
  if (gone.length) void browser.storage.session.remove(gone).catch(() => {});
  if (!Object.keys(batch).length) return;
  try {
    await browser.storage.session.set(batch);
  } catch (e) {
    // A write is all or nothing: one tab over the storage quota would keep every other tab of the
    // batch from being saved. Save them one by one so only the tab that does not fit stays unsaved
    // (its list still lives in memory, and is retried at its next change).
    const keys = Object.keys(batch);
    if (keys.length === 1) console.error('Status Lens: could not save session state', e);
    else {
      const results = await Promise.allSettled(keys.map((k) => browser.storage.session.set({ [k]: batch[k] })));
      const failed = keys.filter((_, i) => results[i].status === 'rejected');
      if (failed.length) console.error('Status Lens: could not save session state of', failed.join(', '), e);
    }
  }
}

export async function getTab(tabId: number): Promise<TabState | null> {
  await ready;
  return tabs.get(tabId) ?? null;
}

export function forgetTab(tabId: number): void {
  if (!loaded) forgotten.add(tabId);
  tabs.delete(tabId);
  dirty.delete(tabId);
  earlier.delete(tabId);
  held.delete(tabId);
  heldDirty.delete(tabId);
  void browser.storage.session.remove([tabKey(tabId), headKey(tabId), heldKey(tabId)]).catch(() => {});
}

/** The tab lists held in memory (benchmarks and tests measure them). */
export function allTabs(): ReadonlyMap<number, TabState> {
  return tabs;
}
