// Documents the tab shows without a request of its own: webNavigation's commit is the only signal.
// - Back/forward-cache restores: the commit carries the forward_back qualifier.
// - Chromium's prerendered pages (see core/prerender.ts): the prerendered page's commit (lifecycle
//   'prerender') names its document, and its activation is a frame-0 commit naming the same one.
import type { CommitEvent } from '../core/events';
import { browser, type ChromiumFrameInfo, type WebNavigation } from './browser';

/** Must be called synchronously at the top level of the background script. */
export function listenToCommits(emit: (ev: CommitEvent) => void): void {
  browser.webNavigation.onCommitted.addListener(
    (d: WebNavigation.OnCommittedDetailsType & ChromiumFrameInfo) => {
      if (d.tabId < 0) return;
      if (d.frameId === 0 && d.transitionQualifiers?.includes('forward_back')) {
        emit({ kind: 'history-commit', tabId: d.tabId, url: d.url, timeStamp: d.timeStamp });
        return;
      }
      // Chromium only (Firefox gives no frameType, and prerenders nothing).
      if (d.frameType !== 'outermost_frame' || !d.documentId) return;
      if (d.documentLifecycle === 'prerender') {
        emit({ kind: 'prerender-commit', tabId: d.tabId, frameId: d.frameId, documentId: d.documentId, url: d.url, timeStamp: d.timeStamp });
      } else if (d.frameId === 0) {
        emit({ kind: 'document-commit', tabId: d.tabId, documentId: d.documentId, url: d.url, timeStamp: d.timeStamp });
      }
    },
    // Web pages only: without the filter, opening our own pages in a tab would wake a sleeping
    // event page (which then restores every list on the extension's one main thread).
    { url: [{ schemes: ['http', 'https'] }] },
  );
}
