// ?error=NAME: a network error's explanation.
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/t';
import { useErrorEntry } from '../use-kb';
import { ErrorExplanation } from './ErrorExplanation';
import { ViewHeader } from './ViewHeader';

export function ErrorView({ name, onBack }: { name: string; onBack?: () => void }) {
  return (
    <main class="view">
      {onBack ? <ViewHeader onBack={onBack} /> : null}
      <LoadedError name={name} />
    </main>
  );
}

/**
 * @param explainAs the name (or entry id) to look the explanation up by, when it is not `name`
 *   itself: a record may say more than its error name does (see RecordDetail).
 */
export function LoadedError({ name, explainAs, level, recorded, children }: {
  name: string; explainAs?: string; level?: 1 | 2; recorded?: boolean; children?: ComponentChildren;
}) {
  const entry = useErrorEntry(explainAs ?? name, recorded);
  if (entry.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (entry.status === 'failed') return <p role="alert">{t('kbLoadFailed', entry.message)}</p>;
  if (!entry.value) return <p role="alert">{t('errorUnknown', name)}</p>;
  return <ErrorExplanation name={name} entry={entry.value} level={level}>{children}</ErrorExplanation>;
}
