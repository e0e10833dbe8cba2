// "Explain any code": a code, a phrase or a network error name, even on a clean tab.
import { useState } from 'preact/hooks';
import { directHit, searchFacts, type SearchHit } from '../../kb/search';
import { t } from '../../i18n/t';

const hrefOf = (h: SearchHit) => (h.kind === 'code' ? `?code=${h.code}` : `?error=${encodeURIComponent(h.name)}`);

export function SearchBox() {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[] | undefined>();
  const submit = async () => {
    const direct = directHit(q);
    if (direct) {
      location.search = hrefOf(direct);
      return;
    }
    // The knowledge-base index loads only when someone searches by words.
    const { loadAllErrorFacts, loadAllStatusFacts } = await import('../../kb/load');
    const [status, errors] = await Promise.all([loadAllStatusFacts(), loadAllErrorFacts()]);
    setHits(searchFacts(q, status, errors));
  };
  return (
    <section class="section search" role="search">
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label class="visually-hidden" for="kb-search">{t('searchLabel')}</label>
        <input
          id="kb-search"
          class="text-input"
          type="search"
          placeholder={t('searchPlaceholder')}
          value={q}
          onInput={(e) => {
            setQ(e.currentTarget.value);
            setHits(undefined);
          }}
        />
        <button type="submit" class="button">{t('searchGo')}</button>
      </form>
      {hits ? (
        hits.length ? (
          <ul class="search-hits" aria-label={t('searchResults')}>
            {hits.map((h) => (
              <li>
                <a href={hrefOf(h)}>{h.kind === 'code' ? `${h.code} ${h.phrase ?? ''}` : h.name}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p role="status" class="muted small">{t('searchNone', q)}</p>
        )
      ) : null}
    </section>
  );
}
