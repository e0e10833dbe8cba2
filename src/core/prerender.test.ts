import { describe, expect, it } from 'vitest';
import type { DocumentCommitEvent, RecorderEvent } from './events';
import {
  activatePrerender, fromOtherDocument, heldRecords, holdEvent, linkPrerender, MAX_PRERENDER_FRAMES, MAX_PRERENDER_RECORDS,
  MAX_PRERENDERS_PER_TAB, routeOf, type HeldPage,
} from './prerender';
import { rememberPage } from './page-history';
import { applyEvent, MAX_URL_LENGTH, newTabState } from './recorder';
import type { TabState } from './types';

const A = 'http://127.0.0.1:8080';
const DOC_A = 'C34D5A0000000000000000000000000A';
const DOC_B = '136D2E0000000000000000000000000B';

// The events Chromium 156 sends for page A prerendering /next (B), B's own requests, and the
// activation, as observed headless (the fields the recorder sees; request ids as they came).
const top = { tabId: 7, frameId: 0, parentFrameId: -1, documentLifecycle: 'active', frameType: 'outermost_frame' } as const;
const pre = { tabId: 7, frameId: 5, parentFrameId: -1, documentLifecycle: 'prerender', frameType: 'outermost_frame' } as const;
const ev = {
  docA: { ...top, kind: 'document', requestId: '7', type: 'main_frame', method: 'GET', url: `${A}/a`, timeStamp: 1 },
  a404: { ...top, kind: 'response', requestId: '8', type: 'image', method: 'GET', url: `${A}/a-404.png`, timeStamp: 2, statusCode: 404, documentId: DOC_A },
  // The speculative fetch of B's document, made by A (Sec-Purpose: prefetch;prerender).
  prefetch: { ...top, kind: 'document', requestId: '9', type: 'main_frame', method: 'GET', url: `${A}/next`, timeStamp: 3, documentId: DOC_A },
  docB: { ...pre, kind: 'document', requestId: '10', type: 'main_frame', method: 'GET', url: `${A}/next`, timeStamp: 4 },
  b500: { ...pre, kind: 'response', requestId: '12', type: 'image', method: 'GET', url: `${A}/b-500.png`, timeStamp: 5, statusCode: 500, documentId: DOC_B },
  // An iframe of B (frame 6 inside frame 5) and its 404.
  frame: { ...pre, frameType: 'sub_frame', frameId: 6, parentFrameId: 5, kind: 'response', requestId: '13', type: 'sub_frame', method: 'GET', url: `${A}/frame`, timeStamp: 6, statusCode: 503 },
  frame404: { ...pre, frameType: 'sub_frame', frameId: 6, parentFrameId: 5, kind: 'response', requestId: '15', type: 'image', method: 'GET', url: `${A}/frame-404.png`, timeStamp: 7, statusCode: 404, documentId: 'F0000000000000000000000000000000' },
  // After activation: B's request (frame 0 now), and A's in-flight fetch aborted.
  bAfter: { ...top, kind: 'response', requestId: '16', type: 'xmlhttprequest', method: 'GET', url: `${A}/b-after-503`, timeStamp: 9, statusCode: 503, documentId: DOC_B },
  aAborted: { ...top, kind: 'error', requestId: '14', type: 'xmlhttprequest', method: 'GET', url: `${A}/slow-a`, timeStamp: 9, error: 'net::ERR_ABORTED', documentId: DOC_A },
} satisfies Record<string, RecorderEvent>;
const activation: DocumentCommitEvent = { kind: 'document-commit', tabId: 7, documentId: DOC_B, url: `${A}/next`, timeStamp: 8 };

function holdAll(events: RecorderEvent[], pages: HeldPage[] = []): HeldPage[] {
  for (const e of events) pages = holdEvent(pages, e).pages;
  return pages;
}

describe('routing', () => {
  it('sends a prerendered page’s requests aside, its speculative fetch nowhere, the rest to the tab', () => {
    expect(routeOf(ev.docB)).toBe('held');
    expect(routeOf(ev.b500)).toBe('held');
    expect(routeOf(ev.frame404)).toBe('held');
    expect(routeOf(ev.prefetch)).toBe('none');
    expect(routeOf(ev.docA)).toBe('tab');
    expect(routeOf(ev.a404)).toBe('tab');
    expect(routeOf(ev.bAfter)).toBe('tab');
  });

  it('routes Firefox’s events (no lifecycle, no documentId on a document request) to the tab', () => {
    const ff = { kind: 'document', requestId: '9', tabId: 1, frameId: 0, parentFrameId: -1, type: 'main_frame', method: 'GET', url: `${A}/`, timeStamp: 1 } as const;
    expect(routeOf(ff)).toBe('tab');
    expect(routeOf({ ...ff, kind: 'response', type: 'image', statusCode: 404, documentId: 'd2b1e6a0-0000-0000-0000-000000000000' })).toBe('tab');
  });
});

describe('held pages', () => {
  it('holds a prerendered page’s records, its iframes’ included, its top-level frame as the main frame', () => {
    const pages = holdAll([ev.docB, ev.b500, ev.frame, ev.frame404]);
    expect(pages).toHaveLength(1);
    const [p] = pages;
    expect(p.frames).toEqual([5, 6]);
    expect(p.documentId).toBe(DOC_B);
    expect(p.state).toMatchObject({ pageUrl: `${A}/next`, mainRequestId: '10' });
    expect(p.state.records.map((r) => [r.status, r.url, r.frame])).toEqual([
      [500, `${A}/b-500.png`, 'main'],
      [503, `${A}/frame`, 'sub'],
      [404, `${A}/frame-404.png`, 'sub'],
    ]);
  });

  it('keeps two prerendered pages apart, and drops events of frames it does not know', () => {
    const c = { ...pre, frameId: 9 };
    const pages = holdAll([
      ev.docB, ev.b500,
      { ...c, kind: 'document', requestId: '20', type: 'main_frame', method: 'GET', url: `${A}/c`, timeStamp: 4 },
      { ...c, kind: 'response', requestId: '21', type: 'script', method: 'GET', url: `${A}/c.js`, timeStamp: 5, statusCode: 404, documentId: 'C' },
    ]);
    expect(pages.map((p) => [p.frames, p.documentId, p.state.records.map((r) => r.url)])).toEqual([
      [[5], DOC_B, [`${A}/b-500.png`]],
      [[9], 'C', [`${A}/c.js`]],
    ]);
    const orphan = { ...ev.frame404, frameId: 40, parentFrameId: 39 };
    expect(holdEvent(pages, orphan)).toEqual({ pages, changed: false });
  });

  it('keeps a prerendered page’s redirect hops with it, and its 2xx out', () => {
    const hop = { ...pre, kind: 'redirect', requestId: '10', type: 'main_frame', method: 'GET', url: `${A}/redir`, timeStamp: 4, statusCode: 302, redirectUrl: `${A}/next` } as const;
    const pages = holdAll([{ ...ev.docB, url: `${A}/redir` }, hop, ev.docB, { ...ev.docB, kind: 'response', statusCode: 200 }]);
    expect(pages[0].state.pageUrl).toBe(`${A}/next`);
    expect(pages[0].state.records.map((r) => [r.status, r.frame, r.redirectTo])).toEqual([[302, 'main', `${A}/next`]]);
  });

  it('learns the document from the prerender’s commit, even before any request', () => {
    let pages = holdAll([ev.docB]);
    expect(pages[0].documentId).toBeUndefined();
    pages = linkPrerender(pages, { kind: 'prerender-commit', tabId: 7, frameId: 5, documentId: DOC_B, url: `${A}/next`, timeStamp: 4 }).pages;
    expect(pages[0].documentId).toBe(DOC_B);
    const fresh = linkPrerender([], { kind: 'prerender-commit', tabId: 7, frameId: 5, documentId: DOC_B, url: `${A}/next`, timeStamp: 4 });
    expect(fresh.pages).toEqual([{ frames: [5], documentId: DOC_B, state: newTabState(7, `${A}/next`, 4) }]);
  });

  it('stays bounded: pages per tab, records and size per page, frames per page', () => {
    let pages: HeldPage[] = [];
    for (let f = 100; f < 100 + MAX_PRERENDERS_PER_TAB + 5; f++) {
      pages = holdEvent(pages, { ...ev.docB, frameId: f, requestId: String(f * 1000) }).pages;
    }
    expect(pages).toHaveLength(MAX_PRERENDERS_PER_TAB);
    expect(pages[0].frames).toEqual([105]);
    for (let i = 0; i < MAX_PRERENDER_RECORDS * 3; i++) pages = holdEvent(pages, { ...ev.b500, frameId: 105, requestId: String(200000 + i), url: `${A}/${i}.png` }).pages;
    expect(pages[0].state.records.length).toBeLessThanOrEqual(MAX_PRERENDER_RECORDS);
    expect(pages[0].state.dropped).toBeGreaterThan(0);
    // Long URLs: all held pages of a tab together fit one list's size budget.
    const long = 'x'.repeat(MAX_URL_LENGTH);
    for (let i = 0; i < 200; i++) pages = holdEvent(pages, { ...ev.b500, frameId: 106, requestId: String(300000 + i), url: `${A}/${i}/${long}` }).pages;
    expect(JSON.stringify(pages[1].state).length).toBeLessThan(250_000);
    for (let f = 0; f < MAX_PRERENDER_FRAMES + 10; f++) pages = holdEvent(pages, { ...ev.frame404, frameId: 1000 + f, parentFrameId: 105 }).pages;
    expect(pages[0].frames).toHaveLength(MAX_PRERENDER_FRAMES);
    expect(heldRecords(pages)).toBeLessThanOrEqual(MAX_PRERENDERS_PER_TAB * MAX_PRERENDER_RECORDS);
  });
});

describe('activation', () => {
  function tabWithA(): TabState {
    let s = applyEvent(undefined, ev.docA).state!;
    s = applyEvent(s, ev.a404).state!;
    return s;
  }

  it('makes the prerendered page’s held list the tab’s list, and remembers the replaced one', () => {
    const current = tabWithA();
    const pages = holdAll([ev.docB, ev.b500, ev.frame404]);
    const r = activatePrerender(current, [], pages, activation)!;
    expect(r.state.pageUrl).toBe(`${A}/next`);
    expect(r.state.documentId).toBe(DOC_B);
    expect(r.state.records.map((x) => x.url)).toEqual([`${A}/b-500.png`, `${A}/frame-404.png`]);
    expect(r.earlier.map((p) => [p.pageUrl, p.records.map((x) => x.url)])).toEqual([[`${A}/a`, [`${A}/a-404.png`]]]);
    // Then: the page's own requests join it; the replaced page's late ones do not.
    expect(fromOtherDocument(r.state, ev.bAfter)).toBe(false);
    expect(fromOtherDocument(r.state, ev.aAborted)).toBe(true);
    const after = applyEvent(r.state, ev.bAfter).state!;
    expect(after.records.map((x) => x.status)).toEqual([500, 404, 503]);
  });

  it('is no activation when the committed document was not prerendered', () => {
    const pages = holdAll([ev.docB, ev.b500]);
    expect(activatePrerender(tabWithA(), [], pages, { ...activation, documentId: 'NEW' })).toBeUndefined();
  });

  it('shows an empty list for a prerendered page that recorded nothing', () => {
    const pages = linkPrerender([], { kind: 'prerender-commit', tabId: 7, frameId: 5, documentId: DOC_B, url: `${A}/next`, timeStamp: 4 }).pages;
    const r = activatePrerender(tabWithA(), rememberPage([], newTabState(7, `${A}/old`, 0)), pages, activation)!;
    expect(r.state).toMatchObject({ pageUrl: `${A}/next`, documentId: DOC_B, records: [] });
    expect(r.earlier.map((p) => p.pageUrl)).toEqual([`${A}/old`, `${A}/a`]);
  });

  it('judges no event as another document’s while the list’s document is unknown', () => {
    expect(fromOtherDocument(tabWithA(), ev.aAborted)).toBe(false);
    expect(fromOtherDocument(undefined, ev.aAborted)).toBe(false);
  });
});
