// The prose sections shared by status and network-error explanations.
import { t } from '../../i18n/t';

export interface TextSectionsProps {
  text: { meaning: string; whenSeen: string; fixVisitor: string[]; fixOwner: string[]; example?: string };
}

export function TextSections({ text }: TextSectionsProps) {
  return (
    <>
      <section class="section">
        <h3 class="section-title">{t('kbMeaning')}</h3>
        <p>{text.meaning}</p>
      </section>
      <section class="section">
        <h3 class="section-title">{t('kbWhenSeen')}</h3>
        <p>{text.whenSeen}</p>
      </section>
      <section class="section">
        <h3 class="section-title">{t('kbFixVisitor')}</h3>
        <ul class="steps">{text.fixVisitor.map((s) => <li>{s}</li>)}</ul>
      </section>
      <section class="section">
        <h3 class="section-title">{t('kbFixOwner')}</h3>
        <ul class="steps">{text.fixOwner.map((s) => <li>{s}</li>)}</ul>
      </section>
      {text.example ? (
        <section class="section">
          <h3 class="section-title">{t('kbExample')}</h3>
          <pre class="example">{text.example}</pre>
        </section>
      ) : null}
    </>
  );
}
