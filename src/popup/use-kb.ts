// Loads one knowledge-base entry for a view. Entries are fetched on demand (see kb/load.ts).
import { useEffect, useState } from 'preact/hooks';
import { findError } from '../kb/find-error';
import { loadStatus, type ErrorEntry, type StatusEntry } from '../kb/load';
import { currentLang } from '../i18n/lang';
import { TARGET } from '../platform/browser';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

export function useLoaded<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

export function useStatusEntry(code: number): Loaded<StatusEntry> {
  return useLoaded(() => loadStatus(code, currentLang()), [code]);
}

/** @param recorded the name comes from a record (what this browser reported), not a typed link. */
export function useErrorEntry(name: string, recorded = false): Loaded<ErrorEntry | undefined> {
  return useLoaded(() => findError(name, currentLang(), recorded && TARGET === 'firefox'), [name]);
}
