// The tab's list: filter chips and rows, worst first. Arrow keys move between rows.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { filterGroupOf, type FilterGroup } from '../../core/classify';
import { badgeFor } from '../../core/badge';
import { sortRecords } from '../../core/sort';
import type { TabState } from '../../core/types';
import { t } from '../../i18n/t';
import { compactUrl, middleEllipsis } from '../format';
import { EmptyState } from './EmptyState';
import { FilterChips } from './FilterChips';
import { RecordRow } from './RecordRow';

export interface RecordListProps {
  tabId: number;
  state: TabState | null;
  filter: FilterGroup | 'all';
  onFilter: (f: FilterGroup | 'all') => void;
  selectedKey?: string;
  onOpen: (key: string) => void;
}

export function RecordList({ tabId, state, filter, onFilter, selectedKey, onOpen }: RecordListProps) {
  const sorted = useMemo(() => sortRecords(state?.records ?? []), [state]);
  const counts = useMemo(() => {
    const c: Record<FilterGroup, number> = { '3xx': 0, '4xx': 0, '5xx': 0, network: 0, other: 0 };
    for (const r of sorted) c[filterGroupOf(r.status, r.error)]++;
    return c;
  }, [sorted]);
  const shown = filter === 'all' ? sorted : sorted.filter((r) => filterGroupOf(r.status, r.error) === filter);
  const listRef = useRef<HTMLUListElement>(null);

  // Coming back from a detail: focus the row that was open.
  useEffect(() => {
    if (!selectedKey) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(selectedKey)}"]`);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('button.row') ?? [])];
    const i = rows.indexOf(document.activeElement as HTMLElement);
    let next = -1;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, i + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    if (next >= 0 && rows[next]) {
      e.preventDefault();
      rows[next].focus();
    }
  };

  const badge = badgeFor(state ?? undefined);
  return (
    <main class="view">
      <header class="page-header">
        <h1 class="page-title" title={state?.pageUrl}>
          {state?.pageUrl ? middleEllipsis(compactUrl(state.pageUrl), 60) : t('unknownPage')}
        </h1>
        {sorted.length ? <p class="muted small">{t('countSummary', badge.responses, badge.failures)}</p> : null}
      </header>
      {sorted.length === 0 ? (
        <EmptyState tabId={tabId} seen={state !== null} />
      ) : (
        <>
          <FilterChips counts={counts} value={filter} onChange={onFilter} />
          {shown.length === 0 ? <p class="muted empty-filter">{t('filteredOut')}</p> : null}
          <ul class="rows" ref={listRef} aria-label={t('recordsLabel')} onKeyDown={onKeyDown}>
            {shown.map((r) => (
              <RecordRow key={r.key} record={r} selected={r.key === selectedKey} onOpen={() => onOpen(r.key)} />
            ))}
          </ul>
          {state?.dropped ? <p class="muted small">{t('dropped', state.dropped)}</p> : null}
        </>
      )}
    </main>
  );
}
