// "Save as HAR": the listed failures, redacted (har-export.ts), as a file the browser downloads.
import { t } from '../i18n/t';
import { extensionVersion } from '../platform/devtools';
import type { Capture } from './capture';

export function SaveHar({ captures }: { captures: () => Capture[] }) {
  const save = async () => {
    const { harLog } = await import('./har-export');
    const blob = new Blob([JSON.stringify(harLog(captures(), extensionVersion()), null, 1)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `status-lens-${new Date().toISOString().replace(/[:.]/g, '-')}.har`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <button type="button" class="button" data-action="save-har" title={t('panelSaveHarHelp')} onClick={() => void save()}>
      {t('panelSaveHar')}
    </button>
  );
}
