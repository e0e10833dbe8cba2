// A language's UI strings, each in a chunk of its own so the popup fetches only the one in use.
// The fetch starts as soon as the language can be guessed (popup/first-read.ts), beside the
// storage reads, instead of after them.
import type { Lang } from '../kb/types';
import type { Messages } from './en';

const tables = import.meta.glob<Messages>(['./fr.ts', './id.ts', './vi.ts'], { import: '*' }) as unknown as Record<
  string,
  () => Promise<Record<string, Messages>>
>;

const loading = new Map<Lang, Promise<Partial<Messages>>>();

/** The strings of `l` ({} for English, which is built in); one fetch per language, shared. */
export function loadMessages(l: Lang): Promise<Partial<Messages>> {
  let p = loading.get(l);
  if (!p) {
    const load = tables[`./${l}.ts`];
    p = load ? load().then((mod) => mod[l] ?? {}) : Promise.resolve({});
    loading.set(l, p);
  }
  return p;
}
