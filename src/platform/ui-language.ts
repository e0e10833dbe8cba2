import { browser } from './browser';

/** The browser's UI language ("fr", "en-US"). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}
