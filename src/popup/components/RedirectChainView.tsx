// The top-level document's redirect chain, in order, with its warnings.
import type { TabState } from '../../core/types';
import { buildRedirectChain } from '../../diagnosis';
import { hintText } from '../hint-text';
import { t } from '../../i18n/t';
import { compactUrl, middleEllipsis, revealControls } from '../format';

/** Main-document 3xx hops of this page load (the hops that led to it). */
export function mainHops(state: TabState) {
  return state.records.filter((r) => r.frame === 'main' && r.type === 'main_frame' && r.status >= 300 && r.status < 400 && r.redirectTo);
}

export function RedirectChainView({ state }: { state: TabState }) {
  const hops = mainHops(state);
  if (!hops.length) return null;
  // The final document's status is known only when it was not a 2xx (then it is a record too).
  const finalRec = state.records.find((r) => r.type === 'main_frame' && !(r.status >= 300 && r.status < 400));
  const last = [...hops].sort((a, b) => b.seq - a.seq)[0];
  const { chain, warnings } = buildRedirectChain(hops, { url: last.redirectTo ?? state.pageUrl, status: finalRec ? finalRec.status : 200 });
  return (
    <section class="section redirect-chain" aria-labelledby="chain-h" data-redirect-chain={chain.length}>
      <h2 id="chain-h" class="section-title">{t('redirectChain', chain.length)}</h2>
      <ol class="chain">
        {chain.map((h) => (
          <li data-hop-status={h.status}>
            <span class={`status status-redirect`}>{h.status}</span> <span title={revealControls(h.url)}>{middleEllipsis(compactUrl(revealControls(h.url)), 60)}</span>
            {h.internal ? <span class="muted small"> · {t('browserRedirect')}</span> : null}
            {h.producer ? <span class="muted small"> · {hintText().formatProducer(h.producer)}</span> : null}
          </li>
        ))}
        <li data-hop-status={finalRec ? finalRec.status : 'final'}>
          {finalRec ? <span class="status status-client">{finalRec.status}</span> : <span class="status status-success">✓</span>}{' '}
          <span title={revealControls(last.redirectTo ?? '')}>{middleEllipsis(compactUrl(revealControls(last.redirectTo ?? '')), 60)}</span>
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
