// One record: the explanation of its status (or network error) and the facts of the request.
import type { TabRecord } from '../../core/types';
import { LoadedStatus } from './CodeView';
import { LoadedError } from './ErrorView';
import { FactsTable } from './FactsTable';
import { ViewHeader } from './ViewHeader';

export interface RecordDetailProps {
  record: TabRecord;
  onBack: () => void;
}

export function RecordDetail({ record, onBack }: RecordDetailProps) {
  return (
    <main class="view detail">
      <ViewHeader onBack={onBack} />
      {record.status === 0 && record.error ? <LoadedError name={record.error} /> : <LoadedStatus code={record.status} headers={record.headers} />}
      {record.status !== 0 && record.error ? <LoadedError name={record.error} level={2} /> : null}
      <FactsTable record={record} />
    </main>
  );
}
