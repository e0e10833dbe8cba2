// The Status Lens panel in DevTools (created by devtools.ts). Loads only when its tab is shown.
import { render } from 'preact';
import { applyBundledLanguage } from '../i18n/bundled-language';
import { inspectedTabId } from '../platform/devtools';
import { OptionsContext } from '../popup/options-context';
import { routeFromSearch } from '../popup/route';
import { PanelApp } from './PanelApp';

const options = await applyBundledLanguage();
render(
  <OptionsContext.Provider value={options}>
    <PanelApp tabId={inspectedTabId()} route={routeFromSearch(location.search)} />
  </OptionsContext.Provider>,
  document.getElementById('app')!,
);
