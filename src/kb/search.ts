// "Explain any code": what the user typed -> a code, a network error, or entries whose phrase
// or alias matches. Pure over the facts it is given.
import { parseCode } from './class-fallback';
import type { ErrorFacts, StatusFacts } from './types';

export type SearchHit = { kind: 'code'; code: number; phrase?: string } | { kind: 'error'; name: string };

const ERROR_LIKE = /^(net::)?(ERR_|NS_|SEC_ERROR_|SSL_ERROR_|MOZILLA_PKIX_)/i;

/** The direct answer, with no data needed: a number is a code, an error-shaped name is an error. */
export function directHit(query: string): SearchHit | undefined {
  const q = query.trim();
  if (!q) return undefined;
  const code = parseCode(q);
  if (code !== undefined) return { kind: 'code', code };
  if (ERROR_LIKE.test(q)) return { kind: 'error', name: q };
  return undefined;
}

/** Phrase search over the facts: every word of the query must appear in the phrase or an alias. */
export function searchFacts(query: string, status: StatusFacts[], errors: ErrorFacts[], limit = 8): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hits: SearchHit[] = [];
  const has = (text: string) => words.every((w) => text.includes(w));
  for (const f of [...status].sort((a, b) => a.code - b.code)) {
    const names = [f.phrase, ...(f.aliases ?? []), ...(f.variants ?? []).map((v) => v.phrase), String(f.code)].join(' | ').toLowerCase();
    if (has(names)) hits.push({ kind: 'code', code: f.code, phrase: f.phrase.startsWith('(') && f.aliases?.length ? f.aliases[0] : f.phrase });
  }
  for (const e of errors) {
    const names = [e.id, ...e.names].join(' ').toLowerCase().replace(/_/g, ' ');
    if (has(names) || has([e.id, ...e.names].join(' ').toLowerCase())) hits.push({ kind: 'error', name: e.names[0] ?? e.id });
  }
  return hits.slice(0, limit);
}
