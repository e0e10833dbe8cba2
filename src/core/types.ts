// Plain data shared by the recorder (background), the popup and the diagnosis.
// Everything here must survive structured cloning into storage.session.
import type { BlockedKind } from './blocked';

/** A header kept from a response: lower-cased name, raw value. */
export type HeaderPair = [name: string, value: string];

export type FrameKind = 'main' | 'sub';

/** One aggregated record: the same (status, method, URL) seen `count` times. */
export interface TabRecord {
  /** `${status}|${method}|${url}`; for network failures status is "error". */
  key: string;
  /** HTTP status; 0 for a network failure (no response). */
  status: number;
  /** The status line as the browser gave it ("HTTP/1.1 502 Bad Gateway"), "" when unknown. */
  statusLine: string;
  /** Network error name (net::ERR_… or NS_…) when the request failed without a usable response. */
  error?: string;
  /**
   * Set when the user's own browser stopped the request before it left (a content blocker, a
   * policy, tracking protection): decided once, when it is recorded, from facts only the event
   * has (see core/blocked.ts).
   */
  blocked?: BlockedKind;
  method: string;
  /** webRequest resource type: main_frame, sub_frame, script, image, xmlhttprequest, … */
  type: string;
  url: string;
  frame: FrameKind;
  /** First and last time seen (ms since epoch). */
  time: number;
  lastTime: number;
  count: number;
  ip?: string;
  fromCache: boolean;
  /** Whitelisted diagnostic response headers (see core/header-whitelist.ts). */
  headers: HeaderPair[];
  /** For a 3xx hop: where it pointed (the Location the browser followed). */
  redirectTo?: string;
  /** Increasing sequence number inside the tab, to order records by arrival. */
  seq: number;
}

/** The records of one tab's current page load. */
export interface TabState {
  tabId: number;
  /** URL of the top-level document this list belongs to ("" before one is known). */
  pageUrl: string;
  /** When that document's request started (ms since epoch). */
  pageStart: number;
  /** requestId of that document's main-frame request: its redirect hops keep the list. */
  mainRequestId: string;
  records: TabRecord[];
  /** Records dropped because the per-tab cap was reached. */
  dropped: number;
  /** Next sequence number. */
  seq: number;
  /** requestId -> record key for recent recorded responses (bounded), to tie a later abort to its status. */
  recent: Record<string, string>;
  /**
   * The page came back from the back/forward cache without a list we kept: it made no new
   * requests, and the ones it made before were not seen (or were dropped).
   */
  fromHistory?: boolean;
  /**
   * The document this list belongs to, when known: a prerendered page's, set when it is activated
   * (its requests name it; the replaced page's late ones name another: see core/prerender.ts).
   */
  documentId?: string;
}
