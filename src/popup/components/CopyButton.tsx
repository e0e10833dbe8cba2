// A button that copies text and says so (the announcement is a live region for screen readers).
import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';

export function CopyButton({ label, text, name }: { label: string; text: () => string | Promise<string>; name: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span class="copy">
      <button
        type="button"
        class="button"
        data-copy={name}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(await text());
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        {label}
      </button>
      <span role="status" class="muted small">{state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}</span>
    </span>
  );
}
