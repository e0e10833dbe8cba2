import { render } from 'preact';
import { resolveLang, applyLanguage } from '../i18n/lang';
import { loadOptions } from '../platform/options-storage';
import { uiLanguage } from '../platform/ui-language';
import { App } from './App';
import { loadHintText } from './hint-text';
import { OptionsContext } from './options-context';
import { routeFromSearch } from './route';

// Options decide the language, so they are read before the first render (one small storage read).
const options = await loadOptions();
const lang = resolveLang(options.language, uiLanguage());
await Promise.all([applyLanguage(lang), loadHintText(lang)]);
render(
  <OptionsContext.Provider value={options}>
    <App initial={routeFromSearch(location.search)} />
  </OptionsContext.Provider>,
  document.getElementById('app')!,
);
