// Plain events the platform layer extracts from webRequest details. The recorder sees only these,
// so it can be driven by tests and benchmarks without a browser.
import type { RawHeader } from './header-whitelist';

interface RequestBase {
  requestId: string;
  tabId: number;
  /** 0 for the top-level frame. */
  frameId: number;
  type: string;
  method: string;
  url: string;
  timeStamp: number;
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

export type RecorderEvent = ResponseEvent | RedirectEvent | ErrorEvent | DocumentEvent;
