// The popup's first code to run. vite.config.ts gives it (and what it imports) a chunk of its
// own that the page loads ahead of the UI's, so it starts the storage reads the first screen
// needs while the UI's code is still loading; main.tsx then finds them under way (prefetch.ts
// shares one answer). Keep its imports small: they are what the page must load first.
import { prefetchOptions, prefetchTab } from './prefetch';
import { routeFromSearch } from './route';

const route = routeFromSearch(location.search);
if (route.view === 'list') void prefetchTab(route.tabId);
void prefetchOptions();
