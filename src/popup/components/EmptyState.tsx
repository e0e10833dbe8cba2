import { t } from '../../i18n/t';
import { reloadTab } from '../../platform/tabs';

export interface EmptyStateProps {
  tabId: number;
  /** true: the tab has a list and it is empty; false: nothing was ever recorded for it. */
  seen: boolean;
}

export function EmptyState({ tabId, seen }: EmptyStateProps) {
  if (seen) {
    return (
      <div class="empty" data-empty="clean">
        <p class="empty-title">{t('cleanTitle')}</p>
        <p class="muted">{t('cleanBody')}</p>
      </div>
    );
  }
  return (
    <div class="empty" data-empty="unseen">
      <p class="empty-title">{t('unseenTitle')}</p>
      <p class="muted">{t('unseenBody')}</p>
      <button type="button" class="button" onClick={() => void reloadTab(tabId).then(() => window.close())}>
        {t('reload')}
      </button>
    </div>
  );
}
