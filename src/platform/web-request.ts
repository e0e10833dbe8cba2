// Turns webRequest callbacks into the recorder's plain events. Runs on every request of every
// tab, so the 2xx path returns before allocating anything.
import type { RecorderEvent } from '../core/events';
import { browser, type ChromiumFrameInfo, type WebRequest } from './browser';
import { noteSent, wasSent } from './sent-requests';

const ALL: WebRequest.RequestFilter = { urls: ['<all_urls>'] };
// Only top-level documents mark a new page; filtering by type keeps this listener off every
// other request.
const MAIN_FRAMES: WebRequest.RequestFilter = { urls: ['<all_urls>'], types: ['main_frame'] };

// Firefox's fetch, XMLHttpRequest and EventSource requests: the only kind measured to end in
// NS_ERROR_ABORT after being sent (EventSource.close()); see sent-requests.ts.
const SCRIPT_REQUESTS: WebRequest.RequestFilter = { urls: ['<all_urls>'], types: ['xmlhttprequest'] };

type Emit = (ev: RecorderEvent) => void;

/** Must be called synchronously at the top level of the background script (MV3 wakes it by event). */
export function listenToRequests(emit: Emit): void {
  browser.webRequest.onBeforeRequest.addListener(
    (d: WebRequest.OnBeforeRequestDetailsType & ChromiumFrameInfo) => {
      // Frame 0, or the top-level frame of a page Chromium prerenders in the tab (an id of its own).
      if (d.tabId < 0 || (d.frameId !== 0 && d.documentLifecycle !== 'prerender')) return;
      emit({
        kind: 'document', requestId: d.requestId, tabId: d.tabId, frameId: d.frameId, type: d.type, method: d.method, url: d.url, timeStamp: d.timeStamp,
        parentFrameId: d.parentFrameId, documentId: d.documentId, documentLifecycle: d.documentLifecycle, frameType: d.frameType,
      });
    },
    MAIN_FRAMES,
  );

  // onResponseStarted rather than onCompleted: it carries the same status and headers, and it
  // fires before a body can be cancelled, so a 404 image that Chromium aborts part-way is still
  // recorded as a 404 (see core/recorder.ts recordError).
  browser.webRequest.onResponseStarted.addListener(
    (d: WebRequest.OnResponseStartedDetailsType & ChromiumFrameInfo) => {
      const s = d.statusCode;
      if ((s >= 200 && s < 300) || d.tabId < 0) return;
      emit({
        kind: 'response', requestId: d.requestId, tabId: d.tabId, frameId: d.frameId, type: d.type, method: d.method,
        url: d.url, timeStamp: d.timeStamp, statusCode: s, statusLine: d.statusLine, ip: d.ip, fromCache: d.fromCache,
        responseHeaders: d.responseHeaders,
        parentFrameId: d.parentFrameId, documentId: d.documentId, documentLifecycle: d.documentLifecycle, frameType: d.frameType,
      });
    },
    ALL,
    ['responseHeaders'],
  );

  browser.webRequest.onBeforeRedirect.addListener(
    (d: WebRequest.OnBeforeRedirectDetailsType & ChromiumFrameInfo) => {
      if (d.tabId < 0) return;
      emit({
        kind: 'redirect', requestId: d.requestId, tabId: d.tabId, frameId: d.frameId, type: d.type, method: d.method,
        url: d.url, timeStamp: d.timeStamp, statusCode: d.statusCode, statusLine: d.statusLine, redirectUrl: d.redirectUrl,
        ip: d.ip, fromCache: d.fromCache, responseHeaders: d.responseHeaders,
        parentFrameId: d.parentFrameId, documentId: d.documentId, documentLifecycle: d.documentLifecycle, frameType: d.frameType,
      });
    },
    ALL,
    ['responseHeaders'],
  );

  browser.webRequest.onErrorOccurred.addListener(
    (d: WebRequest.OnErrorOccurredDetailsType & ChromiumFrameInfo) => {
      if (d.tabId < 0) return;
      emit({
        kind: 'error', requestId: d.requestId, tabId: d.tabId, frameId: d.frameId, type: d.type, method: d.method,
        url: d.url, timeStamp: d.timeStamp, error: d.error, ip: d.ip, fromCache: d.fromCache,
        parentFrameId: d.parentFrameId, documentId: d.documentId, documentLifecycle: d.documentLifecycle, frameType: d.frameType,
        ...(import.meta.env.BROWSER === 'firefox' && d.error === 'NS_ERROR_ABORT' ? { sent: wasSent(d.requestId) } : {}),
      });
    },
    ALL,
  );

  // Firefox only (the condition is a build-time constant): see sent-requests.ts.
  if (import.meta.env.BROWSER === 'firefox') {
    browser.webRequest.onSendHeaders.addListener((d: WebRequest.OnSendHeadersDetailsType) => noteSent(d.requestId), SCRIPT_REQUESTS);
  }
}
