// ?compare=A,B: two codes side by side.
import { parseCode } from '../../kb/class-fallback';
import { t } from '../../i18n/t';
import { LoadedStatus } from './CodeView';

export function CompareView({ a, b }: { a: string; b: string }) {
  const codes = [a, b].map((c) => ({ raw: c, n: parseCode(c) }));
  return (
    <main class="view compare">
      <h1 class="view-title">{t('compareTitle', a, b)}</h1>
      <div class="compare-grid">
        {codes.map(({ raw, n }) => (
          <div class="compare-col">
            {n === undefined ? <p role="alert">{t('kbCodeInvalidInput', raw)}</p> : <LoadedStatus code={n} level={2} />}
          </div>
        ))}
      </div>
    </main>
  );
}
