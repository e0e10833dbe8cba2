// The diagnosis's words in the user's language: one module per language (hint-text.en.ts and
// siblings), loaded on demand with the views that show hints, never on the first screen.
import type { HintTextModule } from '../diagnosis/types';
import { currentLang } from '../i18n/lang';

const modules = import.meta.glob<HintTextModule>(['../diagnosis/hint-text.*.ts', '!../diagnosis/*.test.ts'], { import: 'text' });

let current: HintTextModule | undefined;

/** Loads the current language's module (English when there is none). Views that show hints await it. */
export async function loadHintText(): Promise<void> {
  const load = modules[`../diagnosis/hint-text.${currentLang()}.ts`] ?? modules['../diagnosis/hint-text.en.ts'];
  current = await load();
}

export function hintText(): HintTextModule {
  if (!current) throw new Error('hint text used before loadHintText()');
  return current;
}
