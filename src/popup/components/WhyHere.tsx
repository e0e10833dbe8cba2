// "Why here": what this request's own headers (or error) say about the status. Shown only when
// the diagnosis found evidence; every value is rendered as text.
import type { TabRecord } from '../../core/types';
import { diagnose } from '../../diagnosis';
import { hintText } from '../hint-text';
import { t } from '../../i18n/t';
import { revealControls } from '../format';

/** Hints from outside the headers, already in words (the DevTools panel's body and timing hints). */
export interface MoreHint {
  id: string;
  severity: 'info' | 'warn';
  text: string;
}

export function WhyHere({ record, more = [] }: { record: TabRecord; more?: readonly MoreHint[] }) {
  // Relative headers (Retry-After: 60) count from when the response arrived, not from now.
  const hints = diagnose(record, record.lastTime || Date.now());
  if (!hints.length && !more.length) return null;
  return (
    <section class="section why-here" aria-labelledby="why-h" data-why-here>
      <h2 id="why-h" class="section-title">{t('whyHere')}</h2>
      <ul class="hints">
        {hints.map((h) => (
          <li class={`hint hint-${h.severity}`} data-hint={h.id}>
            {h.severity === 'warn' ? <span class="hint-mark" aria-label={t('warning')}>!</span> : null}
            <span>{revealControls(hintText().formatHint(h))}</span>
          </li>
        ))}
        {more.map((h) => (
          <li class={`hint hint-${h.severity}`} data-hint={h.id}>
            {h.severity === 'warn' ? <span class="hint-mark" aria-label={t('warning')}>!</span> : null}
            <span>{revealControls(h.text)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
