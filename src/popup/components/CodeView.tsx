// ?code=NNN: any status code's explanation, with or without a record.
import type { ComponentChildren } from 'preact';
import type { HeaderPair } from '../../core/types';
import { parseCode } from '../../kb/class-fallback';
import { t } from '../../i18n/t';
import { useStatusEntry } from '../use-kb';
import { StatusExplanation } from './StatusExplanation';
import { ViewHeader } from './ViewHeader';

export function CodeView({ code, onBack }: { code: string; onBack?: () => void }) {
  const n = parseCode(code);
  return (
    <main class="view">
      {onBack ? <ViewHeader onBack={onBack} /> : null}
      {n === undefined ? (
        <p role="alert" data-kb-code-invalid={code}>{t('kbCodeInvalidInput', code)}</p>
      ) : (
        <LoadedStatus code={n} />
      )}
    </main>
  );
}

export function LoadedStatus({ code, level, headers, children }: { code: number; level?: 1 | 2; headers?: readonly HeaderPair[]; children?: ComponentChildren }) {
  const entry = useStatusEntry(code);
  if (entry.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (entry.status === 'failed') return <p role="alert">{t('kbLoadFailed', entry.message)}</p>;
  return <StatusExplanation entry={entry.value} level={level} headers={headers}>{children}</StatusExplanation>;
}
