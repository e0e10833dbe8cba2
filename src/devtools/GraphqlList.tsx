// GraphQL responses with a 2xx status and errors in the body: their own kind, listed apart from
// the status failures (and off the badge, which cannot see bodies). Rows are the popup's RecordRow.
import { RecordRow } from '../popup/components/RecordRow';
import { t } from '../i18n/t';
import type { PanelRecord } from './store';

export interface GraphqlListProps {
  records: PanelRecord[];
  selectedKey?: string;
  onOpen: (key: string) => void;
}

/** Arrow keys, Home and End move between the rows, as in the popup's list. */
function onKeyDown(e: KeyboardEvent) {
  const rows = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('button.row')];
  const i = rows.indexOf(document.activeElement as HTMLElement);
  const next = { ArrowDown: Math.min(rows.length - 1, i + 1), ArrowUp: Math.max(0, i - 1), Home: 0, End: rows.length - 1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  rows[next]?.focus();
}

export function GraphqlList({ records, selectedKey, onOpen }: GraphqlListProps) {
  if (!records.length) return null;
  return (
    <section class="section graphql-list" aria-labelledby="graphql-h" data-graphql-list>
      <h2 id="graphql-h" class="section-title">{t('panelGraphqlTitle', records.length)}</h2>
      <p class="muted small">{t('panelGraphqlHelp')}</p>
      <ul class="rows" aria-labelledby="graphql-h" onKeyDown={onKeyDown}>
        {records.map((r, i) => (
          <RecordRow key={r.key} record={r} party="own" index={i} setSize={records.length} selected={r.key === selectedKey} onOpen={() => onOpen(r.key)} />
        ))}
      </ul>
    </section>
  );
}
