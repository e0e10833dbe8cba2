// The panel: the inspected tab's failures in the popup's own list (RecordList: chips, groups,
// keyboard), GraphQL errors hidden in 2xx responses below it, and a record's detail with what its
// body and timing say. The knowledge-base views (?code=, ?error=, ?compare=: the search box)
// are the popup's App.
import { useMemo, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { App } from '../popup/App';
import { RecordList, type ListFilter } from '../popup/components/RecordList';
import { loadHintText } from '../popup/hint-text';
import { lazyView } from '../popup/lazy-view';
import type { Route } from '../popup/route';
import { loadBodyText } from './body-text';
import { GraphqlList } from './GraphqlList';
import { SaveHar } from './SaveHar';
import { captured, graphqlRecords, listState } from './store';
import { usePanelData } from './use-panel-data';

const PanelDetail = lazyView(() => Promise.all([import('./PanelDetail'), loadHintText(), loadBodyText()]).then(([m]) => m.PanelDetail));

export function PanelApp({ tabId, route }: { tabId: number; route: Route }) {
  if (route.view !== 'list') {
    return (
      <>
        <p class="panel-bar"><a href="?">{t('panelBackToPanel')}</a></p>
        <App initial={route} />
      </>
    );
  }
  return <PanelList tabId={tabId} />;
}

function PanelList({ tabId }: { tabId: number }) {
  const data = usePanelData(tabId);
  const [openKey, setOpenKey] = useState<string | undefined>();
  const [selectedKey, setSelectedKey] = useState<string | undefined>();
  const [filter, setFilter] = useState<ListFilter>('all');
  const state = useMemo(() => listState(data, tabId), [data, tabId]);
  const graphql = useMemo(() => graphqlRecords(data), [data]);
  const open = (key: string) => {
    setSelectedKey(key);
    setOpenKey(key);
  };

  const item = openKey ? data.items.get(openKey) : undefined;
  if (item) {
    const record = state.records.find((r) => r.key === openKey) ?? graphql.find((r) => r.key === openKey) ?? item.record;
    return <PanelDetail item={item} record={record} state={state} onBack={() => setOpenKey(undefined)} />;
  }
  return (
    <div data-panel-ready={data.items.size}>
      <div class="panel-bar">
        <p class="muted small">{t('panelWaiting')}</p>
        <SaveHar captures={() => captured(data)} />
      </div>
      <RecordList tabId={tabId} state={state} filter={filter} onFilter={setFilter} selectedKey={selectedKey} onOpen={open} />
      <GraphqlList records={graphql} selectedKey={selectedKey} onOpen={open} />
    </div>
  );
}
