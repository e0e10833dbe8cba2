import type { FilterGroup } from '../../core/classify';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/en';

export interface FilterChipsProps {
  counts: Record<FilterGroup, number>;
  value: FilterGroup | 'all';
  onChange: (f: FilterGroup | 'all') => void;
}

const CHIPS: [FilterGroup | 'all', MessageKey][] = [
  ['all', 'filterAll'], ['5xx', 'filter5xx'], ['network', 'filterNetwork'], ['4xx', 'filter4xx'], ['3xx', 'filter3xx'], ['other', 'filterOther'],
];

/** Filter chips as a radio-like group of toggle buttons; groups with no records are not shown. */
export function FilterChips({ counts, value, onChange }: FilterChipsProps) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div class="chips" role="group" aria-label={t('filtersLabel')}>
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
