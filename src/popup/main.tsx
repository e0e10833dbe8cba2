import { render } from 'preact';
import { resolveLang, applyLanguage } from '../i18n/lang';
import { loadOptions } from '../platform/options-storage';
import { uiLanguage } from '../platform/ui-language';
import { App } from './App';
import { OptionsContext } from './options-context';
import { routeFromSearch } from './route';
import { prefetchTab } from './use-tab-state';

const route = routeFromSearch(location.search);
// The tab's list is read while options and language load: the first screen waits for neither alone.
if (route.view === 'list') void prefetchTab(route.tabId);
// Options decide the language, so they are read before the first render (one small storage read).
const options = await loadOptions();
const lang = resolveLang(options.language, uiLanguage());
await applyLanguage(lang);
render(
  <OptionsContext.Provider value={options}>
    <App initial={route} />
  </OptionsContext.Provider>,
  document.getElementById('app')!,
);
