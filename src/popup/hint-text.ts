// The diagnosis's words in the user's language: one module per language beside hint-text.en.ts,
// loaded on demand. English is built in and the fallback.
import { textEn, type HintTextModule } from '../diagnosis';
import type { Lang } from '../kb/types';

const modules = import.meta.glob<HintTextModule>(['../diagnosis/hint-text.*.ts', '!../diagnosis/*.test.ts', '!../diagnosis/hint-text.en.ts'], {
  import: 'text',
});

let current: HintTextModule = textEn;

export async function loadHintText(lang: Lang): Promise<void> {
  const load = modules[`../diagnosis/hint-text.${lang}.ts`];
  current = load ? await load() : textEn;
}

export function hintText(): HintTextModule {
  return current;
}
