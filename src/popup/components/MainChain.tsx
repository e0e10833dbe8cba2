// The redirect chain that led to this page: its last hop's target is the page, or a recorded failure.
import { mainDocumentHops } from '../../core/redirect-hops';
import type { TabRecord } from '../../core/types';
import { RedirectChainView } from './RedirectChainView';

export function MainChain({ records }: { records: TabRecord[] }) {
  const hops = mainDocumentHops(records);
  if (!hops.length) return null;
  const last = hops[hops.length - 1];
  const end = records.find((r) => r.type === 'main_frame' && r.url === last.redirectTo && !(r.status >= 300 && r.status < 400));
  return <RedirectChainView hops={hops} end={end} />;
}
