// Host access. Firefox lets the user withdraw the <all_urls> host permission after install; without
// it webRequest reports nothing, so the popup must say so and offer to ask again. (Chromium grants
// manifest host permissions for good: there the answer is always yes.)
import { browser } from './browser';

const ALL_HOSTS = { origins: ['<all_urls>'] };

export async function hasHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains(ALL_HOSTS);
  } catch {
    // The API is missing or refused: do not nag about what cannot be checked.
    return true;
  }
}

/** Must be called from a user gesture (a click handler): browsers refuse the prompt otherwise. */
export async function requestHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.request(ALL_HOSTS);
  } catch {
    return false;
  }
}

/** Calls back whenever host permissions are granted or withdrawn. Returns the unsubscribe. */
export function watchHostAccess(onChange: () => void): () => void {
  const listener = () => onChange();
  // Firefox gives a DevTools panel no permissions API: there (where the popup's list is shared)
  // nothing can change, and a throw here stopped every effect after it, the panel's data included.
  const events = browser.permissions as Partial<typeof browser.permissions> | undefined;
  if (!events?.onAdded || !events.onRemoved) return () => {};
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
