// The redirect chain of the top-level document, from its recorded 3xx hops, with what is wrong
// with it: too long, switching protocol back and forth, leaving HTTPS, revisiting a URL, or
// ending somewhere that is not a page.
import type { TabRecord } from '../core/types';
import type { Hint, Producer } from './types';
import { headerFirst } from './header-lookup';
import { classifyLocation, parseUrl, withoutHash, type LocationFlag } from './location';
import { detectProducer } from './producer';
import { detectInternalRedirect } from './hsts';

export interface ChainHop {
  status: number;
  url: string;
  /** Absolute target (or the raw Location when it is not a URL); absent when unknown. */
  location?: string;
  flags: LocationFlag[];
  producer?: Producer;
  /** The browser's own redirect (HSTS upgrade, extension), not the server's. */
  internal: boolean;
  count: number;
}

export interface RedirectChain {
  chain: ChainHop[];
  warnings: Hint[];
}

export interface FinalDocument {
  url: string;
  status: number;
}

/** More hops than this costs visible time on every visit. */
export const MAX_COMFORTABLE_HOPS = 3;

export function buildRedirectChain(hops: readonly TabRecord[], final?: FinalDocument): RedirectChain {
  const ordered = [...hops].sort((a, b) => a.seq - b.seq);
  const chain = ordered.map(toHop);
  const warnings: Hint[] = [];
  if (chain.length === 0) return { chain, warnings };

  const finalOk = final !== undefined && final.status >= 200 && final.status <= 299;

  if (chain.length > MAX_COMFORTABLE_HOPS) {
    warnings.push({ id: 'redirect-too-many', severity: 'warn', params: { hops: chain.length, max: MAX_COMFORTABLE_HOPS } });
  }

  // Visited URLs in order: each hop's URL, then where the last hop pointed.
  const visited = chain.map((h) => h.url);
  const last = chain[chain.length - 1];
  const end = final?.url ?? last.location;
  if (end !== undefined) visited.push(end);

  const schemes = visited.map((u) => parseUrl(u)?.protocol).filter((p): p is string => p !== undefined);
  let changes = 0;
  for (let i = 1; i < schemes.length; i++) if (schemes[i] !== schemes[i - 1]) changes++;
  if (changes >= 2) warnings.push({ id: 'redirect-protocol-flip', severity: 'warn', params: { changes } });

  const down = chain.find((h) => h.flags.includes('https-downgrade'));
  if (down) warnings.push({ id: 'redirect-https-downgrade', severity: 'warn', params: { from: down.url, to: down.location ?? '' } });

  const seen = new Set<string>();
  for (const u of visited) {
    const key = normalize(u);
    if (seen.has(key)) {
      // A URL visited twice is an endless loop unless the chain then reached a page
      // (A → B → A is also how cookie checks work).
      warnings.push({ id: 'redirect-loop', severity: finalOk ? 'info' : 'warn', params: { url: u, closed: !finalOk } });
      break;
    }
    seen.add(key);
  }

  if (final !== undefined && !finalOk) {
    warnings.push({ id: 'redirect-final-error', severity: 'warn', params: { status: final.status, url: final.url } });
  }
  return { chain, warnings };
}

function toHop(r: TabRecord): ChainHop {
  const raw = r.redirectTo ?? headerFirst(r.headers, 'location');
  const hop: ChainHop = { status: r.status, url: r.url, flags: [], internal: detectInternalRedirect(r) !== undefined, count: r.count };
  if (raw !== undefined) {
    const c = classifyLocation(r.url, raw);
    hop.location = c.url ?? raw;
    hop.flags = c.flags;
  }
  const producer = detectProducer(r.headers, r.status);
  if (producer) hop.producer = producer;
  return hop;
}

function normalize(u: string): string {
  const p = parseUrl(u);
  return p ? withoutHash(p) : u;
}
