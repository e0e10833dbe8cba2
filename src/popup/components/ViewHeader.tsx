// The bar above a detail view: a Back button (Escape does the same).
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/t';

export function ViewHeader({ onBack }: { onBack: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onBack();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);
  return (
    <nav class="view-header">
      <button type="button" class="button back" ref={ref} onClick={onBack}>
        ← {t('back')}
      </button>
    </nav>
  );
}
