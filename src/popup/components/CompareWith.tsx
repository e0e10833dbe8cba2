// "Compare with…": from any explanation, pick another code (a related one or any typed code).
import { useState } from 'preact/hooks';
import { parseCode } from '../../kb/class-fallback';
import { t } from '../../i18n/t';

export function CompareWith({ code, related = [] }: { code: number; related?: number[] }) {
  const [other, setOther] = useState('');
  const [error, setError] = useState('');
  const go = (raw: string) => {
    const n = parseCode(raw);
    if (n === undefined) return setError(t('kbCodeInvalidInput', raw));
    location.search = `?compare=${code},${n}`;
  };
  return (
    <section class="section compare-with">
      <h3 class="section-title">{t('compareWith')}</h3>
      {related.length ? (
        <p class="related">
          {related.map((r) => (
            <a class="code-link" href={`?compare=${code},${r}`}>{t('cmpVs', code, r)}</a>
          ))}
        </p>
      ) : null}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          go(other);
        }}
      >
        <label class="visually-hidden" for={`cmp-${code}`}>{t('compareWith')}</label>
        <input id={`cmp-${code}`} class="text-input" inputMode="numeric" placeholder="404" value={other} onInput={(e) => { setOther(e.currentTarget.value); setError(''); }} />
        <button type="submit" class="button">{t('cmpGo')}</button>
      </form>
      {error ? <p role="alert" class="small">{error}</p> : null}
    </section>
  );
}
