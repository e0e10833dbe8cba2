// The popup's first code to run: main.tsx imports it first, so in the popup's one file its body
// runs before the UI's modules (Preact, the components) are evaluated. It starts the reads the
// first screen needs; main.tsx then finds them under way (prefetch.ts shares one answer).
import { prefetchLanguage, prefetchOptions, prefetchTab } from './prefetch';
import { routeFromSearch } from './route';

// Benchmarks read these marks (test/bench/popup-first-screen.bench-run.ts): where the first
// screen's time goes between the script starting and the rows being drawn.
performance.mark('status-lens:script-start');
const route = routeFromSearch(location.search);
if (route.view === 'list') void prefetchTab(route.tabId);
void prefetchOptions();
void prefetchLanguage();
