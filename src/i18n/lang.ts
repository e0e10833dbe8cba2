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

const tables = import.meta.glob<Messages>(['./fr.ts', './id.ts', './vi.ts'], { import: '*' }) as unknown as Record<
  string,
  () => Promise<Record<string, Messages>>
>;

/** Load the UI strings for a language (English is built in) and make them current. */
export async function applyLanguage(l: Lang): Promise<void> {
  lang = l;
  document.documentElement.lang = l;
  if (l === 'en') return setMessages({});
  const load = tables[`./${l}.ts`];
  const mod = load ? await load() : undefined;
  setMessages(mod?.[l] ?? {});
}
