// "A vs B": the key differences between two status codes, generated from their facts (never
// written per pair), so every pair of codes gets a comparison.
import type { Fault, Retry, StatusClassName, StatusFacts } from './types';

export type Difference =
  | { kind: 'class'; a: StatusClassName | 'unknown'; b: StatusClassName | 'unknown'; sameClass: boolean }
  | { kind: 'outcome'; aSuccess: boolean; bSuccess: boolean }
  | { kind: 'fault'; a: Fault | 'unknown'; b: Fault | 'unknown' }
  | { kind: 'retry'; a: Retry | 'unknown'; b: Retry | 'unknown' }
  | { kind: 'headers'; onlyA: string[]; onlyB: string[]; shared: string[] }
  | { kind: 'registry'; a: string; b: string };

/** What can be known about a code for comparing: its facts if it has an entry, else just its class. */
export interface Comparable {
  code: number;
  class?: StatusClassName;
  facts?: StatusFacts;
}

/** A response the client can treat as a success (1xx interim, 2xx, 3xx that the browser follows or a 304 cache hit). */
function isNotFailure(c: Comparable): boolean {
  return c.code >= 100 && c.code < 400;
}

export function compareCodes(a: Comparable, b: Comparable): Difference[] {
  const out: Difference[] = [];
  const ca = a.facts?.class ?? a.class ?? 'unknown';
  const cb = b.facts?.class ?? b.class ?? 'unknown';
  out.push({ kind: 'class', a: ca, b: cb, sameClass: ca === cb });
  const sa = isNotFailure(a);
  const sb = isNotFailure(b);
  if (sa !== sb) out.push({ kind: 'outcome', aSuccess: sa, bSuccess: sb });
  const fa = a.facts?.fault ?? 'unknown';
  const fb = b.facts?.fault ?? 'unknown';
  if (fa !== fb) out.push({ kind: 'fault', a: fa, b: fb });
  const ra = a.facts?.retry ?? 'unknown';
  const rb = b.facts?.retry ?? 'unknown';
  if (ra !== rb) out.push({ kind: 'retry', a: ra, b: rb });
  const ha = new Set((a.facts?.headers ?? []).map((h) => h.toLowerCase()));
  const hb = new Set((b.facts?.headers ?? []).map((h) => h.toLowerCase()));
  const name = (h: string, list: string[] | undefined) => list?.find((x) => x.toLowerCase() === h) ?? h;
  const onlyA = [...ha].filter((h) => !hb.has(h)).map((h) => name(h, a.facts?.headers));
  const onlyB = [...hb].filter((h) => !ha.has(h)).map((h) => name(h, b.facts?.headers));
  const shared = [...ha].filter((h) => hb.has(h)).map((h) => name(h, a.facts?.headers));
  if (onlyA.length || onlyB.length || shared.length) out.push({ kind: 'headers', onlyA, onlyB, shared });
  const rga = a.facts?.registry ?? 'unregistered';
  const rgb = b.facts?.registry ?? 'unregistered';
  if (rga !== rgb) out.push({ kind: 'registry', a: rga, b: rgb });
  return out;
}
