import { render } from 'preact';
import { resolveLang, applyLanguage } from '../i18n/lang';
import { loadOptions } from '../platform/options-storage';
import { uiLanguage } from '../platform/ui-language';
import { App } from './App';
import { OptionsContext } from './options-context';
import { routeFromSearch } from './route';

// Options decide the language, so they are read before the first render (one small storage read).
const options = await loadOptions();
await applyLanguage(resolveLang(options.language, uiLanguage()));
render(
  <OptionsContext.Provider value={options}>
    <App initial={routeFromSearch(location.search)} />
  </OptionsContext.Provider>,
  document.getElementById('app')!,
);
