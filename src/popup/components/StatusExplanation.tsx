// A status code's bundled explanation. `data-kb-code` is part of the popup's test contract.
import type { ComponentChildren } from 'preact';
import type { HeaderPair } from '../../core/types';
import type { StatusEntry } from '../../kb/load';
import { pickVariant, textForVariant } from '../../kb/variants';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/en';
import { CodeLink } from './CodeLink';
import { CompareWith } from './CompareWith';
import { TextSections } from './TextSections';

export interface StatusExplanationProps {
  entry: StatusEntry;
  /** Heading level of the title: 1 when the explanation is the page, 2 inside a record's detail. */
  level?: 1 | 2;
  /** The record's response headers, to pick the vendor meaning of a shared number. */
  headers?: readonly HeaderPair[];
  /** Shown after the summary: the record's own diagnosis. */
  children?: ComponentChildren;
}

export function StatusExplanation({ entry, level = 1, headers, children }: StatusExplanationProps) {
  const H = level === 1 ? 'h1' : 'h2';
  const variant = entry.kind === 'entry' ? pickVariant(entry.facts, headers) : undefined;
  const text = variant ? textForVariant(entry.text, variant.id) : entry.text;
  const phrase =
    entry.kind === 'entry' ? (variant?.phrase ?? entry.facts.phrase) : entry.kind === 'unregistered' ? t('kbUnregistered') : t('kbInvalid');
  const others = entry.kind === 'entry' && !variant ? entry.facts.variants ?? [] : [];
  const cls = entry.kind === 'entry' ? entry.facts.class : entry.kind === 'unregistered' ? entry.class : undefined;
  return (
    <article class="kb" data-kb-code={String(entry.code)} data-kb-kind={entry.kind} data-kb-variant={variant?.id}>
      <H class="kb-title">
        <span class={`status status-${cls ?? 'invalid'}`}>{entry.code}</span> {phrase}
      </H>
      <p class="kb-meta muted small">
        {cls ? t(`class_${cls}` as MessageKey) : t('kbInvalid')}
        {variant ? ` · ${t('kbVendor')}: ${variant.vendor}` : entry.kind === 'entry' && entry.facts.vendor ? ` · ${t('kbVendor')}: ${entry.facts.vendor}` : ''}
        {entry.kind === 'entry' && entry.facts.aliases?.length ? ` · ${t('kbAliases')}: ${entry.facts.aliases.join(', ')}` : ''}
      </p>
      {variant ? <p class="muted small">{t('kbVariantPicked', variant.vendor)}</p> : null}
      <p class="kb-summary">{text.summary}</p>
      {children}
      {others.length ? (
        <section class="section">
          <h3 class="section-title">{t('kbVariants')}</h3>
          <ul class="steps">
            {others.map((v) => (
              <li>
                <strong>{v.vendor}</strong> — {v.phrase}
                {entry.text.variants?.[v.id]?.summary ? `: ${entry.text.variants[v.id].summary}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TextSections text={text} />
      {entry.kind === 'entry' ? (
        <>
          <section class="section">
            <h3 class="section-title">{t('kbRetry')}</h3>
            <p>{t(`retry_${entry.facts.retry}` as MessageKey)}</p>
          </section>
          {entry.facts.heuristicallyCacheable ? (
            <section class="section" data-kb-cache="heuristic">
              <h3 class="section-title">{t('kbCache')}</h3>
              <p>{t('kbCacheHeuristic')}</p>
            </section>
          ) : null}
          {text.browsers ? (
            <section class="section" data-kb-browsers>
              <h3 class="section-title">{t('kbBrowsers')}</h3>
              <p>{text.browsers}</p>
            </section>
          ) : null}
          {entry.facts.headers.length ? (
            <section class="section">
              <h3 class="section-title">{t('kbHeaders')}</h3>
              <p>{entry.facts.headers.map((h) => <code class="header-name">{h}</code>)}</p>
            </section>
          ) : null}
          <section class="section">
            <h3 class="section-title">{t('kbSpec')}</h3>
            <p>
              <a href={(variant?.spec ?? entry.facts.spec).url} target="_blank" rel="noopener noreferrer">
                {(variant?.spec ?? entry.facts.spec).title}
              </a>
            </p>
            {entry.facts.asOf ? <p class="muted small" data-kb-as-of={entry.facts.asOf}>{t('kbAsOf', entry.facts.asOf)}</p> : null}
          </section>
          {entry.facts.related.length ? (
            <section class="section">
              <h3 class="section-title">{t('kbRelated')}</h3>
              <p class="related">{entry.facts.related.map((c) => <CodeLink code={c} />)}</p>
            </section>
          ) : null}
        </>
      ) : null}
      {entry.kind !== 'invalid' ? <CompareWith code={entry.code} related={entry.kind === 'entry' ? entry.facts.related.slice(0, 6) : []} /> : null}
    </article>
  );
}
