// A network error's bundled explanation. `data-kb-error` is part of the popup's test contract.
import type { ComponentChildren } from 'preact';
import type { ErrorEntry } from '../../kb/load';
import { t } from '../../i18n/t';
import { TextSections } from './TextSections';

export interface ErrorExplanationProps {
  /** The name as reported (net::ERR_…, NS_…), shown as the title. */
  name: string;
  entry: ErrorEntry;
  level?: 1 | 2;
  /** Shown after the summary: the record's own diagnosis. */
  children?: ComponentChildren;
}

export function ErrorExplanation({ name, entry, level = 1, children }: ErrorExplanationProps) {
  const H = level === 1 ? 'h1' : 'h2';
  return (
    <article class="kb" data-kb-error={name} data-kb-error-id={entry.id}>
      <H class="kb-title">
        <span class="status status-network">{t('networkError')}</span> <span class="error-name">{name}</span>
      </H>
      <p class="kb-summary">
        {entry.text.summary}
        {entry.facts.harmless ? ` ${t('harmless')}` : ''}
      </p>
      {children}
      <TextSections text={entry.text} />
      <section class="section">
        <h3 class="section-title">{t('kbRetry')}</h3>
        <p>{t(`retry_${entry.facts.retry}`)}</p>
      </section>
      {entry.facts.spec ? (
        <section class="section">
          <h3 class="section-title">{t('kbSpec')}</h3>
          <p><a href={entry.facts.spec.url} target="_blank" rel="noopener noreferrer">{entry.facts.spec.title}</a></p>
        </section>
      ) : null}
    </article>
  );
}
