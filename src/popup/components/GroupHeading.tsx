// A heading in the list: the page's own site, one third-party site, or what this browser blocked.
// It takes one row's height (ROW_HEIGHT) so the list stays windowed.
import { t } from '../../i18n/t';
import type { ListItem } from '../list-items';

export function GroupHeading({ item }: { item: Extract<ListItem, { kind: 'group' }> }) {
  const title = item.group === 'own' ? t('groupOwnSite', item.count)
    : item.group === 'third' ? t('groupThirdParty', item.site ?? '', item.count)
      : t('groupBlocked', item.count);
  const help = item.group === 'blocked' ? t('groupBlockedHelp') : undefined;
  return (
    <li class={`group-head group-${item.group}`} data-group={item.group} data-count={item.count} title={help}>
      <h2 class="group-title">{title}</h2>
      {help ? <p class="group-help">{help}</p> : null}
    </li>
  );
}
