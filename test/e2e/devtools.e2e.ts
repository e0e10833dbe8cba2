// The DevTools panel in both browsers, each headful on its own virtual display (harness/xvfb.mjs).
import { devtoolsScenario, firefoxDevtoolsSmoke } from './devtools-scenario';

devtoolsScenario('chromium');
// The full Firefox run is not reliable yet (see firefoxDevtoolsSmoke): opt in to run it.
if (process.env.STATUS_LENS_FIREFOX_DEVTOOLS === '1') devtoolsScenario('firefox');
else firefoxDevtoolsSmoke();
