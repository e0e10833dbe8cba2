// Did a shared cache (CDN, reverse proxy) serve this response? An error served from cache can
// outlive its cause: the origin may be fixed already while the cached error keeps being served.
import type { HeaderPair } from '../core/types';
import { headerFirst, headerList } from './header-lookup';

export interface CacheEvidence {
  /** Header that says so, canonical case. */
  header: string;
  value: string;
}

const CHECKS: readonly [name: string, canonical: string, hit: RegExp][] = [
  ['cf-cache-status', 'CF-Cache-Status', /^(?:HIT|STALE|UPDATING|REVALIDATED)$/i],
  ['x-vercel-cache', 'X-Vercel-Cache', /^(?:HIT|STALE|PRERENDER)$/i],
  // RFC 9211: "ExampleCache; hit"
  ['cache-status', 'Cache-Status', /;\s*hit\b/i],
  // "HIT", "HIT, MISS" (Fastly, one per node), "Hit from cloudfront"; not "Error from cloudfront".
  ['x-cache', 'X-Cache', /(?:^|,)\s*HIT\b/i],
];

export function cacheEvidence(headers: readonly HeaderPair[]): CacheEvidence | undefined {
  for (const [name, canonical, hit] of CHECKS) {
    const v = name === 'x-cache' ? headerList(headers, name) : headerFirst(headers, name);
    if (v !== undefined && hit.test(v.trim())) return { header: canonical, value: v.trim() };
  }
  // Age (RFC 9111 §5.1) is only added by caches; "0" can be a fresh fetch through one.
  const age = headerFirst(headers, 'age');
  if (age !== undefined && /^\d{1,10}$/.test(age) && Number(age) > 0) return { header: 'Age', value: age };
  return undefined;
}
