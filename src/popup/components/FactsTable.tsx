// The recorded facts of one request, all rendered as text.
import type { TabRecord } from '../../core/types';
import { t } from '../../i18n/t';
import { clockTime, revealControls } from '../format';

export function FactsTable({ record: r }: { record: TabRecord }) {
  const rows: [string, string][] = [];
  if (r.statusLine) rows.push([t('factStatusLine'), revealControls(r.statusLine)]);
  if (r.error) rows.push([t('factError'), revealControls(r.error)]);
  rows.push([t('factMethod'), r.method], [t('factType'), r.type], [t('factFrame'), r.frame === 'main' ? t('mainFrame') : t('subFrame')]);
  rows.push([t('factCount'), String(r.count)], [t('factTime'), clockTime(r.time)]);
  if (r.count > 1) rows.push([t('factLastTime'), clockTime(r.lastTime)]);
  if (r.ip) rows.push([t('factIp'), r.ip]);
  rows.push([t('factCache'), r.fromCache ? t('yes') : t('no')]);
  if (r.redirectTo) rows.push([t('factRedirect'), revealControls(r.redirectTo)]);
  return (
    <section class="section" aria-labelledby="facts-h">
      <h2 id="facts-h" class="section-title">{t('detailFacts')}</h2>
      <p class="url-full" data-url={r.url}>{revealControls(r.url)}</p>
      <dl class="facts">
        {rows.map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </>
        ))}
      </dl>
      {r.headers.length ? (
        <>
          <h3 class="subsection-title">{t('factHeaders')}</h3>
          <dl class="headers">
            {r.headers.map(([k, v]) => (
              <>
                <dt>{k}</dt>
                <dd>{revealControls(v)}</dd>
              </>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
