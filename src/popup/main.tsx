// Starts the first screen's storage reads before anything else (see first-read.ts).
import './first-read';
import { render } from 'preact';
import { resolveLang, applyLanguage } from '../i18n/lang';
import { uiLanguage } from '../platform/ui-language';
import { App } from './App';
import { OptionsContext } from './options-context';
import { prefetchOptions, prefetchTab } from './prefetch';
import { routeFromSearch } from './route';

/** How long the first render waits for the tab's head before it shows "Loading…" instead. */
const HEAD_WAIT_MS = 100;

const route = routeFromSearch(location.search);
// Both reads are usually under way already (first-read.ts); these calls share their answers.
const head = route.view === 'list' ? prefetchTab(route.tabId) : undefined;
// Options decide the language and what is listed, so the first render waits for them. It waits
// for the tab's head too (read meanwhile, but only briefly): drawing "Loading…" first would cost
// a frame and a second render before any row.
const [options] = await Promise.all([
  prefetchOptions(),
  head && Promise.race([head, new Promise((r) => setTimeout(r, HEAD_WAIT_MS))]).catch(() => {}),
]);
await applyLanguage(resolveLang(options.language, uiLanguage()));
render(
  <OptionsContext.Provider value={options}>
    <App initial={route} />
  </OptionsContext.Provider>,
  document.getElementById('app')!,
);
