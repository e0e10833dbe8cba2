// One record in the panel: the popup's detail (shared RecordDetail), with the body's and the
// timing's hints in its "why here", the owner checks of a producer only the body names, and the
// redacted body excerpt.
import { RecordDetail } from '../popup/components/RecordDetail';
import type { MoreHint } from '../popup/components/WhyHere';
import { hintText } from '../popup/hint-text';
import { bodyDiagnosis } from '../diagnosis/body-hints';
import type { TabState } from '../core/types';
import { bodyText } from './body-text';
import { BodyExcerpt } from './BodyExcerpt';
import type { PanelItem } from './store';
import type { PanelRecord } from './store';

export interface PanelDetailProps {
  item: PanelItem;
  record: PanelRecord;
  state: TabState;
  onBack: () => void;
}

export function PanelDetail({ item, record, state, onBack }: PanelDetailProps) {
  const d = bodyDiagnosis(item.record, item.evidence);
  const more: MoreHint[] = [
    ...d.hints.map((h) => ({ id: h.id, severity: h.severity, text: bodyText().formatBodyHint(h) })),
    ...d.ownerChecks.map((h) => ({ id: 'body-owner-check', severity: h.severity, text: hintText().formatHint(h) })),
  ];
  return (
    <RecordDetail record={record} state={state} onBack={onBack} whyMore={more}>
      {item.capture?.body ? <BodyExcerpt body={item.capture.body} /> : null}
    </RecordDetail>
  );
}
