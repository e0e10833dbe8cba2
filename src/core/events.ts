// Plain events the platform layer extracts from webRequest details. The recorder sees only these,
// so it can be driven by tests and benchmarks without a browser.
import type { RawHeader } from './header-whitelist';

/** Where the request's document stands (Chromium's webRequest documentLifecycle; Firefox gives none). */
export type DocumentLifecycle = 'prerender' | 'active' | 'cached' | 'pending_deletion';
/** Chromium's webRequest frameType (Firefox gives none). */
export type FrameType = 'outermost_frame' | 'fenced_frame' | 'sub_frame';

interface RequestBase {
  requestId: string;
  tabId: number;
  /** 0 for the top-level frame (a prerendered page's top-level frame has its own id: see core/prerender.ts). */
  frameId: number;
  type: string;
  method: string;
  url: string;
  timeStamp: number;
  /** The frame around this one, -1 for a top-level frame. */
  parentFrameId?: number;
  /** The document that made the request (both browsers); a document's own request has none. */
  documentId?: string;
  documentLifecycle?: DocumentLifecycle;
  frameType?: FrameType;
}

/** A response arrived (webRequest.onResponseStarted): status and headers are known. */
export interface ResponseEvent extends RequestBase {
  kind: 'response';
  statusCode: number;
  statusLine?: string;
  ip?: string;
  fromCache?: boolean;
  responseHeaders?: RawHeader[];
}

/** A 3xx hop the browser followed (webRequest.onBeforeRedirect). */
export interface RedirectEvent extends RequestBase {
  kind: 'redirect';
  statusCode: number;
  statusLine?: string;
  redirectUrl: string;
  ip?: string;
  fromCache?: boolean;
  responseHeaders?: RawHeader[];
}

/** The request failed (webRequest.onErrorOccurred). */
export interface ErrorEvent extends RequestBase {
  kind: 'error';
  error: string;
  ip?: string;
  fromCache?: boolean;
  /**
   * Firefox: true when the request's headers were sent (onSendHeaders saw it), which tells the
   * page's own NS_ERROR_ABORT from an extension's (core/blocked.ts). Undefined where not tracked.
   */
  sent?: boolean;
}

/** A new top-level document starts loading in the tab (main_frame onBeforeRequest). */
export interface DocumentEvent extends RequestBase {
  kind: 'document';
}

/**
 * A top-level document was committed without a request of its own: a back/forward-cache restore
 * (webNavigation.onCommitted with the forward_back qualifier).
 */
export interface HistoryCommitEvent {
  kind: 'history-commit';
  tabId: number;
  url: string;
  timeStamp: number;
}

/**
 * A top-level document committed in the tab outside history (Chromium: webNavigation.onCommitted
 * for frame 0 with a documentId). When that document was prerendered, this is its activation.
 */
export interface DocumentCommitEvent {
  kind: 'document-commit';
  tabId: number;
  documentId: string;
  url: string;
  timeStamp: number;
}

/** A prerendered page committed its document (webNavigation.onCommitted, lifecycle 'prerender'). */
export interface PrerenderCommitEvent {
  kind: 'prerender-commit';
  tabId: number;
  /** Its outermost frame, while it prerenders. */
  frameId: number;
  documentId: string;
  url: string;
  timeStamp: number;
}

export type CommitEvent = HistoryCommitEvent | DocumentCommitEvent | PrerenderCommitEvent;

export type RecorderEvent = ResponseEvent | RedirectEvent | ErrorEvent | DocumentEvent;
