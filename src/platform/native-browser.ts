// The popup's `browser`, in place of webextension-polyfill (vite.config.ts substitutes it for the
// popup's copy of the polyfill only; the background and the options page keep the polyfill).
// Every call the popup makes already returns a promise without it: Firefox has `browser`, and
// Chromium's MV3 APIs (storage, tabs, runtime, permissions) return promises when given no
// callback. Without it the popup's first screen needs no CommonJS helpers, which rolldown would
// put in a chunk shared with the other pages: one file more before the first frame.
import type Browser from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser.Browser; chrome: Browser.Browser };

export default g.browser ?? g.chrome;
