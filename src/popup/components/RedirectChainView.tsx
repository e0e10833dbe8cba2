// A redirect chain, in order, with its warnings: the top-level document's on the list, a
// request's own on its detail.
import type { TabRecord } from '../../core/types';
import { buildRedirectChain } from '../../diagnosis';
import { t } from '../../i18n/t';
import { compactUrl, middleEllipsis, revealControls } from '../format';
import { hintText } from '../hint-text';

export interface RedirectChainViewProps {
  hops: TabRecord[];
  /** The record the chain ended on, when it was recorded (a non-2xx); otherwise it ended in a 2xx. */
  end?: TabRecord;
}

export function RedirectChainView({ hops, end }: RedirectChainViewProps) {
  if (!hops.length) return null;
  const last = hops[hops.length - 1];
  const finalUrl = end?.url ?? last.redirectTo ?? '';
  const { chain, warnings } = buildRedirectChain(hops, { url: finalUrl, status: end ? end.status : 200 });
  return (
    <section class="section redirect-chain" aria-labelledby="chain-h" data-redirect-chain={chain.length}>
      <h2 id="chain-h" class="section-title">{t('redirectChain', chain.length)}</h2>
      <ol class="chain">
        {chain.map((h) => (
          <li data-hop-status={h.status}>
            <span class="status status-redirect">{h.status}</span> <span title={revealControls(h.url)}>{middleEllipsis(compactUrl(revealControls(h.url)), 60)}</span>
            {h.internal ? <span class="muted small"> · {t('browserRedirect')}</span> : null}
            {h.producer ? <span class="muted small"> · {hintText().formatProducer(h.producer)}</span> : null}
          </li>
        ))}
        <li data-hop-status={end ? end.status : 'final'}>
          {end ? <span class="status status-client">{end.status || t('networkError')}</span> : <span class="status status-success">✓</span>}{' '}
          <span title={revealControls(finalUrl)}>{middleEllipsis(compactUrl(revealControls(finalUrl)), 60)}</span>
        </li>
      </ol>
      {warnings.length ? (
        <ul class="hints">
          {warnings.map((w) => (
            <li class="hint hint-warn" data-hint={w.id}><span class="hint-mark" aria-label={t('warning')}>!</span><span>{hintText().formatHint(w)}</span></li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
