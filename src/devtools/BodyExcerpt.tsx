// The response body as the panel shows it: redacted (diagnosis/redact-body.ts), as text, with
// what was cut. A missing body is said in the "why here" (body-none), not here.
import { redactBody } from '../diagnosis/redact-body';
import { t } from '../i18n/t';
import type { CapturedBody } from './capture';

export function BodyExcerpt({ body }: { body: CapturedBody }) {
  return (
    <section class="section" aria-labelledby="body-h" data-body-excerpt>
      <h2 id="body-h" class="section-title">{t('panelBodyTitle')}</h2>
      <p class="muted small">
        {t('panelBodyNote')}
        {body.truncated ? ` ${t('panelBodyTruncated')}` : ''}
      </p>
      <pre class="body-excerpt" tabIndex={0}>{redactBody(body.text)}</pre>
    </section>
  );
}
