// The one module that imports webextension-polyfill: everything else goes through here, so a
// later move to the native `browser` namespace touches one file.
import browser from 'webextension-polyfill';
import type { DocumentLifecycle, FrameType } from '../core/events';

export { browser };
export type { Runtime, Storage, Tabs, WebNavigation, WebRequest } from 'webextension-polyfill';

/**
 * Chromium's webRequest and webNavigation details also say where the document stands (prerendered
 * pages: see core/prerender.ts). webextension-polyfill's types lack these; Firefox sends neither.
 */
export interface ChromiumFrameInfo {
  documentLifecycle?: DocumentLifecycle;
  frameType?: FrameType;
}

/** Build-time target, set by vite.config.ts (never sniffed from the user agent). */
export const TARGET: 'chrome' | 'firefox' = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
