// The UI language for pages that bundle every language's strings (the options page, the DevTools
// panel): no second fetch after the options read, and no dynamic import, whose loader would be a
// module shared with the popup, which vite.config.ts keeps in a file of its own. The popup loads
// one language lazily instead (load-messages.ts).
import type { Options } from '../core/options';
import { loadOptions } from '../platform/options-storage';
import { uiLanguage } from '../platform/ui-language';
import { fr } from './fr';
import { id } from './id';
import { resolveLang, setLanguage } from './lang';
import { vi } from './vi';

const MESSAGES = { en: {}, fr, id, vi };

/** Reads the options, makes their language (or the browser's) current, and returns them. */
export async function applyBundledLanguage(): Promise<Options> {
  const options = await loadOptions();
  const lang = resolveLang(options.language, uiLanguage());
  setLanguage(lang, MESSAGES[lang]);
  return options;
}
