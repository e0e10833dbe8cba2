// Back/forward-cache restores make no request, so webRequest never sees them: webNavigation's
// commit (with the forward_back qualifier) is the only signal that the tab shows another page.
import type { HistoryCommitEvent } from '../core/events';
import { browser } from './browser';

/** Must be called synchronously at the top level of the background script. */
export function listenToHistoryCommits(emit: (ev: HistoryCommitEvent) => void): void {
  browser.webNavigation.onCommitted.addListener(
    (d) => {
      if (d.frameId !== 0 || d.tabId < 0) return;
      if (!d.transitionQualifiers?.includes('forward_back')) return;
      emit({ kind: 'history-commit', tabId: d.tabId, url: d.url, timeStamp: d.timeStamp });
    },
    // Web pages only: without the filter, opening our own pages in a tab would wake a sleeping
    // event page (which then restores every list on the extension's one main thread).
    { url: [{ schemes: ['http', 'https'] }] },
  );
}
