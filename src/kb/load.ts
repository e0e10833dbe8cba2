// Loads knowledge-base entries on demand. Each JSON file under data/ becomes its own small chunk
// (import.meta.glob without eager), so opening the popup parses none of them and a detail view
// parses one entry in one or two languages.
import { classNameOf } from './class-fallback';
import type { ErrorFacts, ErrorText, Lang, StatusClassName, StatusFacts, StatusText } from './types';

type Loader<T> = () => Promise<T>;
const statusFacts = import.meta.glob<StatusFacts>('../../data/status/*.json', { import: 'default' });
const statusText = import.meta.glob<StatusText>('../../data/text/*/status/*.json', { import: 'default' });
const errorFacts = import.meta.glob<ErrorFacts>('../../data/errors/*.json', { import: 'default' });
const errorText = import.meta.glob<ErrorText>('../../data/text/*/errors/*.json', { import: 'default' });
const classText = import.meta.glob<StatusText>('../../data/text/*/class/*.json', { import: 'default' });

const fileId = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);

function byId<T>(globbed: Record<string, Loader<T>>): Map<string, Loader<T>> {
  return new Map(Object.entries(globbed).map(([p, l]) => [fileId(p), l]));
}
function byLangId<T>(globbed: Record<string, Loader<T>>, kind: string): Map<string, Loader<T>> {
  const m = new Map<string, Loader<T>>();
  for (const [p, l] of Object.entries(globbed)) {
    const lang = p.split('/text/')[1].split('/')[0];
    m.set(`${lang}/${kind}/${fileId(p)}`, l);
  }
  return m;
}

const facts = byId(statusFacts);
const texts = byLangId(statusText, 'status');
const errFacts = byId(errorFacts);
const errTexts = byLangId(errorText, 'errors');
const classTexts = byLangId(classText, 'class');

/** Codes that have an entry of their own (known without loading any). */
export function knownCodes(): number[] {
  return [...facts.keys()].map(Number).sort((a, b) => a - b);
}
export function knownErrorIds(): string[] {
  return [...errFacts.keys()].sort();
}

/** Merge field by field: a field missing in the user's language falls back to English. */
function mergeText<T extends object>(en: T | undefined, local: Partial<T> | undefined): T | undefined {
  if (!en) return local as T | undefined;
  if (!local) return en;
  const out = { ...en } as Record<string, unknown>;
  for (const [k, v] of Object.entries(local)) {
    if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  }
  return out as T;
}

async function loadText<T extends object>(map: Map<string, Loader<T>>, kind: string, id: string, lang: Lang): Promise<T | undefined> {
  const [en, local] = await Promise.all([
    map.get(`en/${kind}/${id}`)?.(),
    lang === 'en' ? undefined : map.get(`${lang}/${kind}/${id}`)?.(),
  ]);
  return mergeText(en, local);
}

export type StatusEntry =
  | { kind: 'entry'; code: number; facts: StatusFacts; text: StatusText }
  | { kind: 'unregistered'; code: number; class: StatusClassName; text: StatusText }
  | { kind: 'invalid'; code: number; text: StatusText };

export async function loadStatus(code: number, lang: Lang = 'en'): Promise<StatusEntry> {
  const id = String(code);
  const f = facts.get(id);
  if (f) {
    const [fx, text] = await Promise.all([f(), loadText(texts, 'status', id, lang)]);
    if (text) return { kind: 'entry', code, facts: fx, text };
  }
  const cls = classNameOf(code);
  const text = await loadText(classTexts, 'class', cls ?? 'invalid', lang);
  if (!text) throw new Error(`knowledge base has no text for class ${cls ?? 'invalid'}`);
  return cls ? { kind: 'unregistered', code, class: cls, text } : { kind: 'invalid', code, text };
}

export interface ErrorEntry {
  id: string;
  facts: ErrorFacts;
  text: ErrorText;
}

let allErrorFacts: Promise<ErrorFacts[]> | undefined;
/** All error facts (small): needed to map a reported name to its entry. Loaded once, on demand. */
export function loadAllErrorFacts(): Promise<ErrorFacts[]> {
  allErrorFacts ??= Promise.all([...errFacts.values()].map((l) => l()));
  return allErrorFacts;
}

export async function loadError(id: string, lang: Lang = 'en'): Promise<ErrorEntry | undefined> {
  const f = errFacts.get(id);
  if (!f) return undefined;
  const [fx, text] = await Promise.all([f(), loadText(errTexts, 'errors', id, lang)]);
  return text ? { id, facts: fx, text } : undefined;
}

let allStatusFacts: Promise<StatusFacts[]> | undefined;
/** Every status entry's facts, for phrase search. Loaded once, only when the user searches by words. */
export function loadAllStatusFacts(): Promise<StatusFacts[]> {
  allStatusFacts ??= Promise.all([...facts.values()].map((l) => l()));
  return allStatusFacts;
}
