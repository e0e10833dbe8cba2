import type { BlockedKind } from '../../core/blocked';
import { classOf } from '../../core/classify';
import type { TabRecord } from '../../core/types';
import type { Party } from '../list-items';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/en';
import { compactUrl, middleEllipsis, revealControls } from '../format';

export interface RecordRowProps {
  record: TabRecord;
  /** The page's own site, a third party, or blocked in this browser. */
  party: Party;
  /** Position in the whole (filtered) list: rows may be windowed. */
  index: number;
  setSize: number;
  selected: boolean;
  onOpen: () => void;
}

const BLOCKED_BY: Record<BlockedKind, MessageKey> = {
  extension: 'blockedByExtension',
  administrator: 'blockedByAdministrator',
  'tracking-protection': 'blockedByTrackingProtection',
};

/** One record. `data-status` and `data-url` are part of the popup's test contract. */
export function RecordRow({ record: r, party, index, setSize, selected, onOpen }: RecordRowProps) {
  // What the user's own browser blocked is not a failure of the site: a neutral pill, its own word.
  const cls = r.blocked ? 'blocked' : classOf(r.status, r.error);
  const statusText = r.blocked ? t('rowBlocked') : r.status === 0 ? t('networkError') : String(r.status);
  const url = revealControls(r.url);
  return (
    <li class="row-item" aria-posinset={index + 1} aria-setsize={setSize}>
      <button
        type="button"
        class={`row row-${cls}`}
        data-status={r.status === 0 ? 'error' : String(r.status)}
        data-url={r.url}
        data-key={r.key}
        data-index={index}
        data-party={party}
        aria-current={selected ? 'true' : undefined}
        title={url}
        onClick={onOpen}
      >
        <span class={`status status-${cls}`}>{statusText}</span>
        <span class="row-main">
          <span class="row-url">{middleEllipsis(compactUrl(url), 70)}</span>
          <span class="row-meta">
            {r.blocked ? t(BLOCKED_BY[r.blocked]) : t(party === 'own' ? 'partyOwn' : 'partyThird')} · {r.method} · {r.type.replace('_', ' ')}
            {r.error ? ` · ${r.error}` : ''}
          </span>
        </span>
        {r.count > 1 ? <span class="count" aria-label={`${r.count} times`}>{t('countTimes', r.count)}</span> : null}
      </button>
    </li>
  );
}
