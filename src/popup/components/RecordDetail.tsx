// One record: the explanation of its status (or network error), why it probably happened here,
// the redirect chain for a top-level hop, the facts of the request, and ways to share it.
import { isOwnAbort } from '../../core/blocked';
import type { ComponentChildren } from 'preact';
import { chainOf } from '../../core/redirect-hops';
import type { TabRecord, TabState } from '../../core/types';
import { curlCommand, reportMarkdown } from '../../diagnosis';
import { t } from '../../i18n/t';
import { hintText } from '../hint-text';
import { browserLabel } from '../report-input';
import { LoadedStatus } from './CodeView';
import { CopyButton } from './CopyButton';
import { LoadedError } from './ErrorView';
import { FactsTable } from './FactsTable';
import { RedirectChainView } from './RedirectChainView';
import { ViewHeader } from './ViewHeader';
import { WhyHere, type MoreHint } from './WhyHere';

export interface RecordDetailProps {
  record: TabRecord;
  state: TabState;
  onBack: () => void;
  /** The DevTools panel's hints from the body and timing, listed in the same "why here". */
  whyMore?: readonly MoreHint[];
  /** The DevTools panel's evidence (the body excerpt), shown after the explanation. */
  children?: ComponentChildren;
}

/**
 * Firefox's NS_ERROR_ABORT is listed under the blocked-by-an-extension entry (what it usually is),
 * but the recorder may have found this one was the page's own cancel: then the ordinary abort's
 * entry explains it.
 */
const explainAs = (record: TabRecord): string | undefined => (isOwnAbort(record) ? 'ERR_ABORTED' : undefined);

export function RecordDetail({ record, state, onBack, whyMore, children }: RecordDetailProps) {
  const why = <WhyHere record={record} more={whyMore} />;
  const isHop = record.status >= 300 && record.status < 400 && record.redirectTo !== undefined;
  const report = () =>
    reportMarkdown({ pageUrl: state.pageUrl, time: record.time, browser: browserLabel(), records: [record], now: Date.now(), text: hintText() });
  return (
    <main class="view detail">
      <ViewHeader onBack={onBack} />
      {record.status === 0 && record.error ? (
        <LoadedError name={record.error} explainAs={explainAs(record)} recorded>{why}</LoadedError>
      ) : (
        <LoadedStatus code={record.status} headers={record.headers}>{why}</LoadedStatus>
      )}
      {record.status !== 0 && record.error ? <LoadedError name={record.error} level={2} recorded /> : null}
      {children}
      {isHop ? <RedirectChainView {...chainOf(state.records, record)} /> : null}
      <FactsTable record={record} />
      <div class="actions">
        <CopyButton name="report" label={t('copyReport')} text={report} />
        <CopyButton name="curl" label={t('copyCurl')} text={() => curlCommand(record)} />
        <CopyButton name="curl-powershell" label={t('copyCurlPowerShell')} text={() => curlCommand(record, 'powershell')} />
        <CopyButton name="curl-cmd" label={t('copyCurlCmd')} text={() => curlCommand(record, 'cmd')} />
      </div>
    </main>
  );
}
