// The tab's list: filter chips and rows, worst first. Arrow keys move between rows.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { filterGroupOf, type FilterGroup } from '../../core/classify';
import { badgeFor } from '../../core/badge';
import { isShown } from '../../core/options';
import { groupRank, sortRecords } from '../../core/sort';
import { listLayout } from '../list-items';
import { GroupHeading } from './GroupHeading';
import { openOptions } from '../../platform/tabs';
import { useOptions } from '../options-context';
import { chipCounts, type TabHead } from '../../core/head';
import type { TabRecord, TabState } from '../../core/types';
import { isBlockedHere } from '../../core/blocked';
import { t } from '../../i18n/t';
import { compactUrl, middleEllipsis } from '../format';
import { useVirtualWindow } from '../use-virtual-window';
import { EmptyState } from './EmptyState';
import { HostAccessNotice } from './HostAccessNotice';
import { FilterChips } from './FilterChips';
import { RecordRow } from './RecordRow';
import { SearchBox } from './SearchBox';
import { CopyButton } from './CopyButton';
import { mainDocumentHops } from '../../core/redirect-hops';
import { hintText, loadHintText } from '../hint-text';
import { lazyView } from '../lazy-view';
import { browserLabel } from '../report-input';

// The chain and the report need the diagnosis code: loaded only when there is a chain or a copy.
const MainChain = lazyView(() => Promise.all([import('./MainChain'), loadHintText()]).then(([m]) => m.MainChain));
const tabReport = async (state: TabState | null, records: TabState['records']) => {
  const [{ reportMarkdown }, { text }] = await Promise.all([import('../../diagnosis/report'), loadHintText().then(() => ({ text: hintText() }))]);
  return reportMarkdown({ pageUrl: state?.pageUrl ?? '', time: state?.pageStart ?? Date.now(), browser: browserLabel(), records, now: Date.now(), text });
};

/**
 * A class of records (leaving out what was blocked in this browser), all of them, only the page's
 * own site's (not third parties, not blocked), or only what was blocked in this browser.
 */
export type ListFilter = FilterGroup | 'all' | 'site' | 'blocked';

function inFilter(r: TabRecord, f: ListFilter, pageUrl: string): boolean {
  if (f === 'all') return true;
  if (f === 'blocked') return isBlockedHere(r);
  if (f === 'site') return groupRank(r, pageUrl) === 0;
  return !isBlockedHere(r) && filterGroupOf(r.status, r.error) === f;
}

export const FIRST_ROWS_MARK = 'status-lens:first-rows';
/** Fixed row height (px, border included; matches .row-item in popup.css) so long lists can be windowed. */
export const ROW_HEIGHT = 49;

export interface RecordListProps {
  tabId: number;
  state: TabState | null;
  /** Set while only the first screen is loaded: its counts stand for the whole list. */
  head?: TabHead;
  filter: ListFilter;
  onFilter: (f: ListFilter) => void;
  selectedKey?: string;
  onOpen: (key: string) => void;
}

export function RecordList({ tabId, state, head, filter, onFilter, selectedKey, onOpen }: RecordListProps) {
  const options = useOptions();
  const all = state?.records ?? [];
  const pageUrl = state?.pageUrl ?? '';
  const sorted = useMemo(() => sortRecords(all.filter((r) => isShown(r, options)), pageUrl), [state, options]);
  const hidden = all.length - sorted.length;
  // While only the head is loaded, its counts stand for the whole list.
  const chips = useMemo(() => head ?? chipCounts(sorted, pageUrl), [sorted, head]);
  const shown = useMemo(() => (filter === 'all' ? sorted : sorted.filter((r) => inFilter(r, filter, pageUrl))), [sorted, filter]);
  const layout = useMemo(() => listLayout(shown, pageUrl), [shown]);
  const listRef = useRef<HTMLUListElement>(null);

  // Benchmarks read this mark: the first screen of rows is in the DOM.
  useEffect(() => {
    if (sorted.length && !performance.getEntriesByName(FIRST_ROWS_MARK).length) performance.mark(FIRST_ROWS_MARK);
  }, [sorted.length > 0]);

  // Coming back from a detail: focus the row that was open.
  useEffect(() => {
    if (!selectedKey) return;
    const i = shown.findIndex((r) => r.key === selectedKey);
    if (i >= 0) focusIndex(i);
  }, []);

  const range = useVirtualWindow(layout.items.length, ROW_HEIGHT, listRef);

  // Arrow keys move by index, so they also reach rows outside the drawn window.
  const focusIndex = (i: number) => {
    const list = listRef.current;
    if (!list) return;
    const el = list.querySelector<HTMLElement>(`[data-index="${i}"]`);
    if (el) return el.focus();
    window.scrollTo({ top: list.getBoundingClientRect().top + window.scrollY + (layout.rowPos[i] ?? i) * ROW_HEIGHT - 40 });
    requestAnimationFrame(() => requestAnimationFrame(() => list.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus()));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const active = document.activeElement as HTMLElement | null;
    const i = Number(active?.dataset.index ?? -1);
    let next = -1;
    if (e.key === 'ArrowDown') next = Math.min(shown.length - 1, i + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = shown.length - 1;
    if (next >= 0) {
      e.preventDefault();
      focusIndex(next);
    }
  };

  const badge = badgeFor(state ?? undefined, { ...options, badge: true });
  return (
    <main class="view">
      <HostAccessNotice />
      <header class="page-header">
        <div class="page-header-row">
          <h1 class="page-title" title={state?.pageUrl}>
            {state?.pageUrl ? middleEllipsis(compactUrl(state.pageUrl), 60) : t('unknownPage')}
          </h1>
          <button type="button" class="button icon-button" onClick={openOptions} aria-label={t('openOptions')} title={t('openOptions')}>
            ⚙
          </button>
        </div>
        {sorted.length && !head ? <p class="muted small">{t('countSummary', badge.responses, badge.failures)}</p> : null}
      </header>
      <SearchBox />
      {hidden && !head ? <p class="muted small" data-hidden={hidden}>{t('hiddenByOptions', hidden)}</p> : null}
      {sorted.length === 0 ? (
        <EmptyState tabId={tabId} seen={state !== null} fromHistory={state?.fromHistory} />
      ) : (
        <>
          <FilterChips counts={chips.counts} ownSite={chips.ownSite} blocked={chips.blocked} value={filter} onChange={onFilter} />
          {shown.length === 0 ? <p class="muted empty-filter">{t('filteredOut')}</p> : null}
          <ul
            class="rows"
            ref={listRef}
            aria-label={t('recordsLabel')}
            onKeyDown={onKeyDown}
            style={{ paddingTop: range.start * ROW_HEIGHT, paddingBottom: (layout.items.length - range.end) * ROW_HEIGHT }}
          >
            {layout.items.slice(range.start, range.end).map((item) => (item.kind === 'group' ? (
              <GroupHeading key={`group:${item.group}:${item.site ?? ''}`} item={item} />
            ) : (
              <RecordRow
                key={item.record.key}
                record={item.record}
                party={item.party}
                index={item.index}
                setSize={shown.length}
                selected={item.record.key === selectedKey}
                onOpen={() => onOpen(item.record.key)}
              />
            )))}
          </ul>
          {state?.dropped ? <p class="muted small" data-dropped={state.dropped}>{t('dropped', state.dropped)}</p> : null}
          {state && mainDocumentHops(state.records).length ? <MainChain records={state.records} /> : null}
          <div class="actions">
            <CopyButton
              name="tab-report"
              label={t('copyTabReport')}
              text={() => tabReport(state, sorted)}
            />
          </div>
        </>
      )}
    </main>
  );
}
