// Starts the first screen's storage reads before anything else (see first-read.ts).
import './first-read';
import { render } from 'preact';
import { App } from './App';
import { OptionsContext } from './options-context';
import { prefetchLanguage, prefetchOptions, prefetchTab } from './prefetch';
import { routeFromSearch } from './route';

/** How long the first render waits for the tab's head before it shows "Loading…" instead. */
const HEAD_WAIT_MS = 100;

const route = routeFromSearch(location.search);
// The reads are usually under way already (first-read.ts); these calls share their answers.
const head = route.view === 'list' ? prefetchTab(route.tabId) : undefined;
// Options decide the language and what is listed, so the first render waits for them and the
// language's strings. It waits for the tab's head too (read meanwhile, but only briefly):
// drawing "Loading…" first would cost a frame and a second render before any row.
const [options] = await Promise.all([
  prefetchOptions(),
  prefetchLanguage(),
  head && Promise.race([head, new Promise((r) => setTimeout(r, HEAD_WAIT_MS))]).catch(() => {}),
]);
performance.mark('status-lens:reads-done');
render(
  <OptionsContext.Provider value={options}>
    <App initial={route} />
  </OptionsContext.Provider>,
  document.getElementById('app')!,
);
performance.mark('status-lens:rendered');
