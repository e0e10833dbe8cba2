// Stands in for src/platform/browser.ts (webextension-polyfill cannot load in Node) so the real
// webRequest listeners and tab store run in the throughput benchmark. Storage and badge calls
// resolve at once: their cost belongs to the browser, and the real-browser benchmarks measure it.
type Fn = (...args: never[]) => unknown;

/** Listeners by webRequest event name, in registration order. */
export const registered: Record<string, Fn[]> = {};

const event = (name: string) => ({
  addListener: (fn: Fn) => {
    (registered[name] ??= []).push(fn);
  },
  removeListener: () => {},
});

const resolved = async () => {};

export const fakeBrowserModule = {
  TARGET: 'chrome' as const,
  browser: {
    webRequest: {
      onBeforeRequest: event('onBeforeRequest'),
      onResponseStarted: event('onResponseStarted'),
      onBeforeRedirect: event('onBeforeRedirect'),
      onErrorOccurred: event('onErrorOccurred'),
    },
    storage: {
      session: { get: async () => ({}), set: resolved, remove: resolved },
      // The options are read from and watched on storage.sync only.
      sync: { get: async () => ({}), onChanged: event('storage.sync.onChanged') },
      onChanged: event('storage.onChanged'),
    },
    // The tab store asks which tabs are open when it restores.
    tabs: { query: async () => [] },
    action: { setBadgeText: resolved, setBadgeBackgroundColor: resolved, setTitle: resolved, setBadgeTextColor: resolved },
  },
};
