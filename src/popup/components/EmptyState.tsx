import { t } from '../../i18n/t';
import { reloadTab } from '../../platform/tabs';

export interface EmptyStateProps {
  tabId: number;
  /** true: the tab has a list and it is empty; false: nothing was ever recorded for it. */
  seen: boolean;
  /** The page came back from the back/forward cache with no list kept for it. */
  fromHistory?: boolean;
}

export function EmptyState({ tabId, seen, fromHistory }: EmptyStateProps) {
  if (fromHistory) {
    return (
      <div class="empty" data-empty="history">
        <p class="empty-title">{t('historyTitle')}</p>
        <p class="muted">{t('historyBody')}</p>
        <button type="button" class="button" onClick={() => void reloadTab(tabId).then(() => window.close())}>
          {t('reload')}
        </button>
      </div>
    );
  }
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
