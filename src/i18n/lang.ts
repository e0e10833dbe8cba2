// Which language the UI and explanations use: the options' choice, else the browser's UI
// language when we have it, else English.
import type { LangChoice } from '../core/options';
import type { Lang } from '../kb/types';
import type { Messages } from './en';
import { setMessages } from './t';

export const LANGS: Lang[] = ['en', 'fr', 'id', 'vi'];

let lang: Lang = 'en';

export function currentLang(): Lang {
  return lang;
}

/** "fr-CA" -> "fr"; anything we do not speak -> "en". */
export function resolveLang(choice: LangChoice, uiLanguage: string | undefined): Lang {
  if (choice !== 'auto') return choice;
  const base = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  // "in" is the old ISO code for Indonesian, still reported by some systems.
  const norm = base === 'in' ? 'id' : base;
  return (LANGS as string[]).includes(norm) ? (norm as Lang) : 'en';
}

/**
 * Make `l` the UI's language, with its strings (English is built into t.ts: pass {} for it).
 * Loading the strings is the page's business: the popup fetches one language's chunk
 * (load-messages.ts), the options page has them all.
 */
export function setLanguage(l: Lang, messages: Partial<Messages>): void {
  lang = l;
  document.documentElement.lang = l;
  setMessages(messages);
}
