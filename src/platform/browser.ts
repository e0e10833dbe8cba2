// The one module that imports webextension-polyfill: everything else goes through here, so a
// later move to the native `browser` namespace touches one file.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs, WebRequest } from 'webextension-polyfill';

/** Build-time target, set by vite.config.ts (never sniffed from the user agent). */
export const TARGET: 'chrome' | 'firefox' = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
