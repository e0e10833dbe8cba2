// Builds a language's words for the body and timing hints (body-hints.ts) into one formatter,
// so the formatting exists once and each body-text.<lang>.ts holds nothing but words.
import type { BodyFormat, DebugKind } from '../body/types';
import type { BodyHint, BodyHintId, NoBodyReason } from './body-hints';
import type { HintParams } from './types';
import type { TimeoutId } from './timing';

export interface BodyWords {
  formats: Record<BodyFormat, string>;
  debugKinds: Record<DebugKind, string>;
  /** Each timeout's setting, named as its product documents it. */
  timeouts: Record<TimeoutId, string>;
  /** Said instead of "default" for HAProxy, which has none built in: "Debian's sample configuration:". */
  sampleDefault: string;
  noBody: Record<NoBodyReason, string>;
  /** Labels of an error page's identifiers (Ray ID, Squid error, IIS substatus…). */
  detailLabels: Record<'rayId' | 'errorCode' | 'substatus' | 'hresult' | 'xid', string>;
  /** "2.01 s" in the language's number format. */
  seconds(ms: number): string;
  hints: Record<BodyHintId, (p: HintParams, w: BodyWords) => string>;
}

export interface BodyTextModule {
  formatBodyHint(h: BodyHint): string;
  /** The page's identifiers, as "Ray ID 8a1b…, …" ("" when none). */
  details(p: HintParams): string;
}

export const s = (p: HintParams, key: string): string => (p[key] === undefined ? '' : String(p[key]));

/** The timeouts of a timing-timeout hint as "name (default N s)" pairs. */
export function timeoutList(p: HintParams, w: BodyWords, defaultWord: string): string[] {
  const ids = s(p, 'timeouts').split(',').filter(Boolean) as TimeoutId[];
  const defaults = s(p, 'defaults').split(',');
  return ids.map((id, i) => `${w.timeouts[id] ?? id} (${id === 'haproxy-server' ? w.sampleDefault : defaultWord} ${defaults[i]} s)`);
}

export function bodyTextModule(w: BodyWords): BodyTextModule {
  const details = (p: HintParams) => (Object.keys(w.detailLabels) as (keyof BodyWords['detailLabels'])[])
    .filter((k) => s(p, k) !== '')
    .map((k) => `${w.detailLabels[k]} ${s(p, k)}`)
    .join(', ');
  return {
    details,
    formatBodyHint: (h) => w.hints[h.id]?.({ ...h.params, details: details(h.params) }, w) ?? h.id,
  };
}
