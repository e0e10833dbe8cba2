// The current tab: its list, or one record's detail. The selection and filter live here so
// Back returns to the list as it was.
import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { useTabState } from '../use-tab-state';
import { loadHintText } from '../hint-text';
import { lazyView } from '../lazy-view';
import { RecordList, type ListFilter } from './RecordList';

const RecordDetail = lazyView(() => Promise.all([import('./RecordDetail'), loadHintText()]).then(([m]) => m.RecordDetail));

export interface TabViewProps {
  tabId?: number;
}

export function TabView({ tabId }: TabViewProps) {
  const load = useTabState(tabId);
  const [openKey, setOpenKey] = useState<string | undefined>();
  const [selectedKey, setSelectedKey] = useState<string | undefined>();
  const [filter, setFilter] = useState<ListFilter>('all');

  if (load.status === 'loading') return <main class="view"><p class="muted">{t('loading')}</p></main>;
  if (load.status === 'no-tab') return <main class="view"><p>{t('noTab')}</p></main>;
  if (load.status === 'failed') return <main class="view"><p role="alert">{t('loadFailed', load.message)}</p></main>;

  const record = openKey ? load.state?.records.find((r) => r.key === openKey) : undefined;
  if (record && load.state) {
    return <RecordDetail record={record} state={load.state} onBack={() => setOpenKey(undefined)} />;
  }
  return (
    <RecordList
      tabId={load.tabId}
      state={load.state}
      head={load.head}
      filter={filter}
      onFilter={setFilter}
      selectedKey={selectedKey}
      onOpen={(key) => {
        setSelectedKey(key);
        setOpenKey(key);
      }}
    />
  );
}
