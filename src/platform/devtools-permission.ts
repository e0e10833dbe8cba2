// Firefox warns about a devtools_page at install unless the "devtools" permission is optional
// (vite.config.ts makes it so for the Firefox build): the options page asks for it when the user
// wants the DevTools panel. Chrome has no such permission: there the panel is always there.
import { browser, TARGET } from './browser';

// The polyfill's types do not list "devtools" (a Firefox-only optional permission).
const DEVTOOLS = { permissions: ['devtools'] } as unknown as Parameters<typeof browser.permissions.request>[0];

/** Whether the Status Lens panel can load in DevTools. */
export async function hasDevtoolsPanel(): Promise<boolean> {
  if (TARGET !== 'firefox') return true;
  try {
    return await browser.permissions.contains(DEVTOOLS);
  } catch {
    return false;
  }
}

/** Must be called from a user gesture (a click handler). */
export async function requestDevtoolsPanel(): Promise<boolean> {
  try {
    return await browser.permissions.request(DEVTOOLS);
  } catch {
    return false;
  }
}
