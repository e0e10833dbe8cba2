// The DevTools panel: headful Chromium on its own virtual display (harness/xvfb.mjs), and the
// Firefox checks that can be made (see devtools-firefox-scenario.ts).
import { devtoolsScenario } from './devtools-scenario';

devtoolsScenario();
