// Background entry (Chrome service worker, Firefox event page). Every listener is registered
// synchronously here, at the top level: the browser only wakes a stopped worker for events
// whose listeners were registered during its first turn.
import { handleEvent, handleCommit, forgetTab, getTab } from './background/tab-store';
import { tabHead } from './core/head';
import { serializeTab } from './core/stored-form';
import { isEnvelope, isOwnSender } from './core/messages';
import { browser, type Runtime } from './platform/browser';
import { listenToCommits } from './platform/navigation';
import { listenToRequests } from './platform/web-request';

listenToRequests(handleEvent);
listenToCommits(handleCommit);

browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnSender(sender, browser.runtime.id, browser.runtime.getURL('')) || !isEnvelope(msg)) {
    // Not ours: no answer at all, so a foreign page learns nothing.
    return undefined;
  }
  switch (msg.name) {
    case 'getTab':
      // As a string: Firefox took 1.7 s to clone a 5,000-record list as an object (on the one
      // thread its extension pages share), the popup waiting and every other extension page too.
      return getTab(msg.request.tabId).then((s) => (s ? serializeTab(s) : null));
    case 'getTabHead':
      return getTab(msg.request.tabId).then((s) => (s ? tabHead(s) : null));
  }
  return undefined;
});
