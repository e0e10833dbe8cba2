// The body hints' words in the user's language (diagnosis/body-text.<lang>.ts), loaded with the
// panel's detail view only.
import type { BodyTextModule } from '../diagnosis/body-text-module';
import { currentLang } from '../i18n/lang';

const modules = import.meta.glob<BodyTextModule>(['../diagnosis/body-text.*.ts', '!../diagnosis/*.test.ts'], { import: 'bodyText' });

let current: BodyTextModule | undefined;

export async function loadBodyText(): Promise<void> {
  const load = modules[`../diagnosis/body-text.${currentLang()}.ts`] ?? modules['../diagnosis/body-text.en.ts'];
  current = await load();
}

export function bodyText(): BodyTextModule {
  if (!current) throw new Error('body text used before loadBodyText()');
  return current;
}
