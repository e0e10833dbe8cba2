// ?compare=A,B: two codes side by side, with key differences generated from their facts.
import { compareCodes, type Difference } from '../../kb/compare';
import { parseCode } from '../../kb/class-fallback';
import { loadStatus, type StatusEntry } from '../../kb/load';
import type { MessageKey } from '../../i18n/en';
import { currentLang } from '../../i18n/lang';
import { t } from '../../i18n/t';
import { useLoaded } from '../use-kb';
import { CompareWith } from './CompareWith';
import { TextSections } from './TextSections';

const classLabel = (c: string) => (c === 'unknown' ? '—' : t(`class_${c}` as MessageKey));
// compareCodes reports registry tokens (iana, vendor, unregistered…): words for them, never the token.
const registryLabel = (r: string) => t(`registry_${r}` as MessageKey);

function titleOf(e: StatusEntry): string {
  if (e.kind === 'entry') return `${e.code} ${e.facts.aliases?.length && e.facts.phrase.startsWith('(') ? e.facts.aliases[0] : e.facts.phrase}`;
  return `${e.code} ${e.kind === 'unregistered' ? t('kbUnregistered') : t('kbInvalid')}`;
}

function DifferenceRow({ d, a, b }: { d: Difference; a: string; b: string }) {
  switch (d.kind) {
    case 'class':
      return <li>{d.sameClass ? t('cmpSameClass', classLabel(d.a)) : t('cmpClass', a, classLabel(d.a), b, classLabel(d.b))}</li>;
    case 'outcome':
      return <li>{t('cmpOutcome', d.aSuccess ? a : b, d.aSuccess ? b : a)}</li>;
    case 'fault':
      return <li>{t('cmpFault', a, t(`fault_${d.a}` as MessageKey) ?? d.a, b, t(`fault_${d.b}` as MessageKey) ?? d.b)}</li>;
    case 'retry':
      return <li>{t('cmpRetry', a, t(`retry_${d.a}` as MessageKey) ?? d.a, b, t(`retry_${d.b}` as MessageKey) ?? d.b)}</li>;
    case 'headers':
      return (
        <li>
          {t('compareHeaders')}: {d.onlyA.length ? `${a}: ${d.onlyA.join(', ')}. ` : ''}
          {d.onlyB.length ? `${b}: ${d.onlyB.join(', ')}. ` : ''}
          {d.shared.length ? `${t('cmpBoth')}: ${d.shared.join(', ')}.` : ''}
        </li>
      );
    case 'registry':
      return <li>{t('cmpRegistry', a, registryLabel(d.a), b, registryLabel(d.b))}</li>;
  }
}

export function CompareView({ a, b }: { a: string; b: string }) {
  const na = parseCode(a);
  const nb = parseCode(b);
  const loaded = useLoaded(
    async () => (na === undefined || nb === undefined ? undefined : Promise.all([loadStatus(na, currentLang()), loadStatus(nb, currentLang())])),
    [na, nb],
  );
  if (na === undefined || nb === undefined) {
    return (
      <main class="view">
        <p role="alert">{t('kbCodeInvalidInput', na === undefined ? a : b)}</p>
      </main>
    );
  }
  if (loaded.status === 'loading') return <main class="view"><p class="muted">{t('loading')}</p></main>;
  if (loaded.status === 'failed' || !loaded.value) {
    return <main class="view"><p role="alert">{t('kbLoadFailed', loaded.status === 'failed' ? loaded.message : '')}</p></main>;
  }
  const [ea, eb] = loaded.value;
  const comparable = (e: StatusEntry) => ({ code: e.code, facts: e.kind === 'entry' ? e.facts : undefined, class: e.kind === 'unregistered' ? e.class : undefined });
  const diffs = compareCodes(comparable(ea), comparable(eb));
  return (
    <main class="view compare" data-compare={`${na},${nb}`}>
      <h1 class="view-title">{t('compareTitle', titleOf(ea), titleOf(eb))}</h1>
      <section class="section" aria-labelledby="diff-h">
        <h2 id="diff-h" class="section-title">{t('compareDifferences')}</h2>
        <ul class="steps differences">
          {diffs.map((d) => <DifferenceRow d={d} a={String(na)} b={String(nb)} />)}
        </ul>
      </section>
      <div class="compare-grid">
        {[ea, eb].map((e) => (
          <article class="kb compare-col" data-kb-code={String(e.code)} data-kb-kind={e.kind}>
            <h2 class="kb-title">
              <span class={`status status-${e.kind === 'entry' ? e.facts.class : e.kind === 'unregistered' ? e.class : 'invalid'}`}>{e.code}</span>{' '}
              {titleOf(e).slice(String(e.code).length + 1)}
            </h2>
            <p class="kb-summary">{e.text.summary}</p>
            <TextSections text={{ ...e.text, example: undefined }} />
            <p><a href={`?code=${e.code}`}>{t('cmpFullEntry', e.code)}</a></p>
          </article>
        ))}
      </div>
      <CompareWith code={na} />
    </main>
  );
}
