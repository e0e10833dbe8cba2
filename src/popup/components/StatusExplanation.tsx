// A status code's bundled explanation. `data-kb-code` is part of the popup's test contract.
import type { StatusEntry } from '../../kb/load';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/en';
import { CodeLink } from './CodeLink';
import { TextSections } from './TextSections';

export interface StatusExplanationProps {
  entry: StatusEntry;
  /** Heading level of the title: 1 when the explanation is the page, 2 inside a record's detail. */
  level?: 1 | 2;
}

export function StatusExplanation({ entry, level = 1 }: StatusExplanationProps) {
  const H = level === 1 ? 'h1' : 'h2';
  const phrase =
    entry.kind === 'entry' ? entry.facts.phrase : entry.kind === 'unregistered' ? t('kbUnregistered') : t('kbInvalid');
  const cls = entry.kind === 'entry' ? entry.facts.class : entry.kind === 'unregistered' ? entry.class : undefined;
  return (
    <article class="kb" data-kb-code={String(entry.code)} data-kb-kind={entry.kind}>
      <H class="kb-title">
        <span class={`status status-${cls ?? 'invalid'}`}>{entry.code}</span> {phrase}
      </H>
      <p class="kb-meta muted small">
        {cls ? t(`class_${cls}` as MessageKey) : t('kbInvalid')}
        {entry.kind === 'entry' && entry.facts.vendor ? ` · ${t('kbVendor')}: ${entry.facts.vendor}` : ''}
        {entry.kind === 'entry' && entry.facts.aliases?.length ? ` · ${t('kbAliases')}: ${entry.facts.aliases.join(', ')}` : ''}
      </p>
      <p class="kb-summary">{entry.text.summary}</p>
      <TextSections text={entry.text} />
      {entry.kind === 'entry' ? (
        <>
          <section class="section">
            <h3 class="section-title">{t('kbRetry')}</h3>
            <p>{t(`retry_${entry.facts.retry}` as MessageKey)}</p>
          </section>
          {entry.facts.headers.length ? (
            <section class="section">
              <h3 class="section-title">{t('kbHeaders')}</h3>
              <p>{entry.facts.headers.map((h) => <code class="header-name">{h}</code>)}</p>
            </section>
          ) : null}
          <section class="section">
            <h3 class="section-title">{t('kbSpec')}</h3>
            <p>
              <a href={entry.facts.spec.url} target="_blank" rel="noopener noreferrer">{entry.facts.spec.title}</a>
            </p>
          </section>
          {entry.facts.related.length ? (
            <section class="section">
              <h3 class="section-title">{t('kbRelated')}</h3>
              <p class="related">{entry.facts.related.map((c) => <CodeLink code={c} />)}</p>
            </section>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
