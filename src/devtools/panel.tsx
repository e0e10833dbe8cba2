// The Status Lens panel in DevTools (created by devtools.ts). Loads only when its tab is shown.
import { render } from 'preact';
import { applyLanguage, resolveLang } from '../i18n/lang';
import { loadOptions } from '../platform/options-storage';
import { uiLanguage } from '../platform/ui-language';
import { inspectedTabId } from '../platform/devtools';
import { OptionsContext } from '../popup/options-context';
import { routeFromSearch } from '../popup/route';
import { PanelApp } from './PanelApp';

const options = await loadOptions();
await applyLanguage(resolveLang(options.language, uiLanguage()));
render(
  <OptionsContext.Provider value={options}>
    <PanelApp tabId={inspectedTabId()} route={routeFromSearch(location.search)} />
  </OptionsContext.Provider>,
  document.getElementById('app')!,
);
