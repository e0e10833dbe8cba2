import type { FilterGroup } from '../../core/classify';
import type { ListFilter } from './RecordList';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/en';

export interface FilterChipsProps {
  counts: Record<FilterGroup, number>;
  /** Records of the page's own site; undefined when that is all of them (no chip then). */
  ownSite?: number;
  value: ListFilter;
  onChange: (f: ListFilter) => void;
}

const CHIPS: [FilterGroup | 'all', MessageKey][] = [
  ['all', 'filterAll'], ['5xx', 'filter5xx'], ['network', 'filterNetwork'], ['4xx', 'filter4xx'], ['3xx', 'filter3xx'], ['other', 'filterOther'],
];

/** Filter chips as a radio-like group of toggle buttons; groups with no records are not shown. */
export function FilterChips({ counts, ownSite, value, onChange }: FilterChipsProps) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div class="chips" role="group" aria-label={t('filtersLabel')}>
      {ownSite === undefined ? null : (
        <button type="button" class="chip chip-site" aria-pressed={value === 'site'} data-filter="site" onClick={() => onChange(value === 'site' ? 'all' : 'site')}>
          {t('filterSite')} <span class="chip-count">{ownSite}</span>
        </button>
      )}
      {CHIPS.filter(([g]) => g === 'all' || counts[g] > 0).map(([g, label]) => (
        <button
          type="button"
          class={`chip chip-${g}`}
          aria-pressed={value === g}
          data-filter={g}
          onClick={() => onChange(g)}
        >
          {t(label)} <span class="chip-count">{g === 'all' ? total : counts[g]}</span>
        </button>
      ))}
    </div>
  );
}
