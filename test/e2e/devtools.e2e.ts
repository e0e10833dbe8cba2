// The DevTools panel in both browsers, each headful on its own virtual display (harness/xvfb.mjs).
// Firefox was flaky here until the shared list stopped watching permissions where Firefox gives a
// DevTools panel no permissions API (src/platform/permissions.ts): that throw stopped the panel's
// own effects, so its list stayed empty.
import { devtoolsScenario } from './devtools-scenario';

devtoolsScenario('chromium');
devtoolsScenario('firefox');
