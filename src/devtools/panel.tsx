// The Status Lens panel in DevTools (created by devtools.ts). Loads only when its tab is shown.
import { render } from 'preact';
import { fr } from '../i18n/fr';
import { id } from '../i18n/id';
import { resolveLang, setLanguage } from '../i18n/lang';
import { vi } from '../i18n/vi';
import { loadOptions } from '../platform/options-storage';
import { uiLanguage } from '../platform/ui-language';
import { inspectedTabId } from '../platform/devtools';
import { OptionsContext } from '../popup/options-context';
import { routeFromSearch } from '../popup/route';
import { PanelApp } from './PanelApp';

// Every language's strings in the panel's own chunk, as on the options page: a dynamic import's
// loader would be a module shared with the popup, whose one file must stay its own (vite.config.ts).
const MESSAGES = { en: {}, fr, id, vi };

const options = await loadOptions();
const lang = resolveLang(options.language, uiLanguage());
setLanguage(lang, MESSAGES[lang]);
render(
  <OptionsContext.Provider value={options}>
    <PanelApp tabId={inspectedTabId()} route={routeFromSearch(location.search)} />
  </OptionsContext.Provider>,
  document.getElementById('app')!,
);
