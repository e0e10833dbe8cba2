// Views the first screen does not need (a record's detail, explanations, comparisons) load as
// their own chunks, so opening the popup parses only the list.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  return function LazyView(props: P) {
    const [, setReady] = useState(0);
    const [error, setError] = useState<string | undefined>();
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      pending ??= load().then((c) => {
        Loaded = c;
      });
      pending.then(
        () => live && setReady((n) => n + 1),
        (e: unknown) => live && setError(String(e)),
      );
      return () => {
        live = false;
      };
    }, []);
    if (Loaded) return <Loaded {...props} />;
    return error ? <p role="alert">{t('kbLoadFailed', error)}</p> : <p class="muted">{t('loading')}</p>;
  };
}
