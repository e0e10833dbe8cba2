import type { FilterGroup } from '../../core/classify';
import type { ListFilter } from './RecordList';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/en';

export interface FilterChipsProps {
  /** Records per class, leaving out the blocked ones. */
  counts: Record<FilterGroup, number>;
  /** Records of the page's own site (its chip shows when there are others). */
  ownSite: number;
  /** Records blocked in this browser (their chip shows when there are any). */
  blocked: number;
  value: ListFilter;
  onChange: (f: ListFilter) => void;
}

const CLASSES: [FilterGroup, MessageKey][] = [
  ['5xx', 'filter5xx'], ['network', 'filterNetwork'], ['4xx', 'filter4xx'], ['3xx', 'filter3xx'], ['other', 'filterOther'],
];

/** Filter chips as a radio-like group of toggle buttons; groups with no records are not shown. */
export function FilterChips({ counts, ownSite, blocked, value, onChange }: FilterChipsProps) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0) + blocked;
  const chips: [ListFilter, MessageKey, number][] = [
    ['all', 'filterAll', total],
    ...(ownSite < total ? [['site', 'filterSite', ownSite] as [ListFilter, MessageKey, number]] : []),
    ...CLASSES.filter(([g]) => counts[g] > 0).map(([g, label]): [ListFilter, MessageKey, number] => [g, label, counts[g]]),
    ...(blocked > 0 ? [['blocked', 'filterBlocked', blocked] as [ListFilter, MessageKey, number]] : []),
  ];
  return (
    <div class="chips" role="group" aria-label={t('filtersLabel')}>
      {chips.map(([f, label, n]) => (
        <button
          type="button"
          class={`chip chip-${f}`}
          aria-pressed={value === f}
          data-filter={f}
          // "This site" and "Blocked" toggle back to everything; a class chip stays (as before).
          onClick={() => onChange(value === f && (f === 'site' || f === 'blocked') ? 'all' : f)}
        >
          {t(label)} <span class="chip-count">{n}</span>
        </button>
      ))}
    </div>
  );
}
