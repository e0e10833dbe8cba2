// Pages Chromium prerenders in a tab (Speculation Rules, the address bar) before the user goes
// there. What Chromium 156 reports (verified headless, Speculation Rules from a same-origin page):
// - the prerendered page gets an outermost frame of its own (frameId not 0, frameType
//   'outermost_frame'); its requests, and its iframes' (frameType 'sub_frame', parentFrameId one
//   of its frames), carry documentLifecycle 'prerender';
// - before it, a speculative fetch of its document: type main_frame, frame 0, lifecycle 'active',
//   and the documentId of the page that asked for it (a navigation's own request has none);
// - webNavigation.onCommitted for its frame, lifecycle 'prerender', names its documentId;
// - going there makes no request: only webNavigation.onCommitted for frame 0 with that documentId
//   (transition 'link', no qualifier) says the tab now shows it.
// Its records are held aside until then, off the tab's list and badge; activated, they become the
// tab's list (the previous list is remembered like any page the tab leaves); a new document, a
// history commit or the tab's closing discards them. Firefox prerenders nothing and gives no
// lifecycle: every event there takes the 'tab' route, as before.
import type { DocumentCommitEvent, PrerenderCommitEvent, RecorderEvent } from './events';
import { rememberPage } from './page-history';
import { applyEvent, clipUrl, MAX_TAB_BYTES, newTabState, tabSize, trimTab } from './recorder';
import type { TabState } from './types';

/** Chromium runs at most 10 speculation-rules prerenders for a page at once (measured). */
export const MAX_PRERENDERS_PER_TAB = 10;
/** Records held per prerendered page (its worst and latest), as for an earlier page. */
export const MAX_PRERENDER_RECORDS = 100;
/** Its size budget: all of a tab's held pages together take at most one list's budget. */
export const MAX_PRERENDER_BYTES = Math.floor(MAX_TAB_BYTES / MAX_PRERENDERS_PER_TAB);
/** Frames remembered per prerendered page (its outermost frame and its iframes). */
export const MAX_PRERENDER_FRAMES = 64;

/** One prerendered page of a tab, while it is not shown. Plain data: it is saved with the lists. */
export interface HeldPage {
  /** Its outermost frame's id first, then its iframes' ids, while it prerenders. */
  frames: number[];
  /** Its document, as its commit and its requests name it: its activation names the same. */
  documentId?: string;
  /** Its records, as the tab's list would hold them (its top-level frame counted as frame 0). */
  state: TabState;
}

export type Route = 'tab' | 'held' | 'none';

/** Where a request's event goes: the tab's list, a prerendered page's held list, or nowhere. */
export function routeOf(ev: RecorderEvent): Route {
  if (ev.documentLifecycle === 'prerender') return 'held';
  // A document's request is made by no document: one that names a document is a speculative
  // fetch that page made (Sec-Purpose: prefetch). The navigation or prerender that uses it
  // reports the response again; one that nothing uses was never shown.
  if (ev.type === 'main_frame' && ev.documentId !== undefined) return 'none';
  return 'tab';
}

/**
 * Left over from another top-level document than the one the list belongs to: after an
 * activation, the replaced page's in-flight requests end (ERR_ABORTED) and its unload beacons go
 * out with later request ids than the activated page's own document request. Known only when the
 * list's document is (an activated prerender's).
 */
export function fromOtherDocument(state: TabState | undefined, ev: RecorderEvent): boolean {
  return state?.documentId !== undefined && ev.frameType === 'outermost_frame' && ev.documentId !== undefined && ev.documentId !== state.documentId;
}

function pageOf(pages: HeldPage[], ev: RecorderEvent): HeldPage | undefined {
  const own = pages.find((p) => p.frames.includes(ev.frameId));
  if (own || ev.frameType === 'outermost_frame' || ev.parentFrameId === undefined) return own;
  // The first request of an iframe of a prerendered page: its parent frame is known.
  const parent = pages.find((p) => p.frames.includes(ev.parentFrameId!));
  if (parent && parent.frames.length < MAX_PRERENDER_FRAMES) parent.frames.push(ev.frameId);
  return parent;
}

/** Keep a held list within its caps (count and size); the worst and latest stay. */
function fitHeld(state: TabState): void {
  trimTab(state, MAX_PRERENDER_RECORDS);
  while (state.records.length > 1 && tabSize(state) > MAX_PRERENDER_BYTES) trimTab(state, state.records.length - 1);
}

/** Add a page to a tab's held pages, the oldest giving way past the cap. */
function addPage(pages: HeldPage[], page: HeldPage): HeldPage[] {
  return [...pages, page].slice(-MAX_PRERENDERS_PER_TAB);
}

/**
 * A request of a prerendered page (routeOf said 'held'): recorded in that page's held list. Its
 * outermost frame's first event starts the page; an event of a frame no held page knows is dropped.
 */
export function holdEvent(pages: HeldPage[], ev: RecorderEvent): { pages: HeldPage[]; changed: boolean } {
  const outermost = ev.frameType === 'outermost_frame';
  let page = pageOf(pages, ev);
  if (!page) {
    if (!outermost) return { pages, changed: false };
    page = { frames: [ev.frameId], state: newTabState(ev.tabId) };
    pages = addPage(pages, page);
  }
  // Its top-level frame is the tab's frame 0 once shown: its records say "main frame".
  const { state, changed } = applyEvent(page.state, outermost && ev.frameId !== 0 ? { ...ev, frameId: 0 } : ev);
  let linked = false;
  if (state && state !== page.state) {
    // A new document in the prerendered frame (or its first): a new list, its id still to come.
    page.state = state;
    page.documentId = undefined;
  }
  if (outermost && ev.documentId !== undefined && page.documentId !== ev.documentId) {
    page.documentId = ev.documentId;
    linked = true;
  }
  if (changed) fitHeld(page.state);
  return { pages, changed: changed || linked };
}

/** A prerendered page committed its document: its id is what its activation will name. */
export function linkPrerender(pages: HeldPage[], ev: PrerenderCommitEvent): { pages: HeldPage[]; changed: boolean } {
  const page = pages.find((p) => p.frames[0] === ev.frameId);
  if (page) {
    if (page.documentId === ev.documentId) return { pages, changed: false };
    page.documentId = ev.documentId;
    return { pages, changed: true };
  }
  // No request of it was seen (none recorded yet): still known, so its activation resets the list.
  return { pages: addPage(pages, { frames: [ev.frameId], documentId: ev.documentId, state: newTabState(ev.tabId, clipUrl(ev.url), ev.timeStamp) }), changed: true };
}

/**
 * A top-level document committed in the tab without a history qualifier. When it is a held
 * prerendered page, that page is activated: its held list becomes the tab's list, bound to its
 * document, and the list it replaces is remembered as for any new document. Otherwise undefined.
 */
export function activatePrerender(
  current: TabState | undefined,
  earlier: readonly TabState[],
  pages: readonly HeldPage[],
  ev: DocumentCommitEvent,
): { state: TabState; earlier: TabState[] } | undefined {
  const page = pages.find((p) => p.documentId === ev.documentId);
  if (!page) return undefined;
  const state = page.state;
  state.documentId = ev.documentId;
  if (!state.pageUrl) {
    state.pageUrl = clipUrl(ev.url);
    state.pageStart = ev.timeStamp;
  }
  return { state, earlier: rememberPage(earlier, current) };
}

/** Records held across a tab's prerendered pages (the budget across tabs counts them). */
export function heldRecords(pages: readonly HeldPage[]): number {
  let n = 0;
  for (const p of pages) n += p.state.records.length;
  return n;
}
