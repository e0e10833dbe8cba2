// Which response headers a record keeps. A whitelist, not a blacklist: anything not named here
// (Set-Cookie above all) is never stored, so a new secret-bearing header cannot leak into storage.
import type { HeaderPair } from './types';

const KEPT = new Set([
  'server', 'via', 'location', 'retry-after', 'www-authenticate', 'proxy-authenticate', 'allow',
  'content-type', 'content-length', 'content-range', 'accept-ranges', 'upgrade', 'alt-svc', 'age', 'date',
  'cache-control', 'cache-status', 'x-cache', 'x-cache-hits', 'x-served-by', 'x-timer', 'fastly-debug-path',
  'cf-ray', 'cf-cache-status', 'cf-mitigated', 'x-amz-cf-id', 'x-amz-cf-pop', 'x-amzn-trace-id',
  'x-amzn-waf-action', 'x-amzn-errortype', 'x-amzn-requestid', 'x-varnish', 'x-powered-by',
  'x-aspnet-version', 'x-vercel-id', 'x-vercel-error', 'x-vercel-cache', 'x-nf-request-id', 'x-request-id',
  'x-akamai-request-id', 'x-akamai-transformed', 'x-azure-ref', 'x-ms-request-id', 'x-github-request-id',
  'x-envoy-upstream-service-time', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset',
  'ratelimit', 'ratelimit-policy', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset',
  'access-control-allow-origin', 'strict-transport-security', 'non-authoritative-reason', 'refresh',
  'x-frame-options', 'content-security-policy', 'cross-origin-resource-policy', 'link',
  // 406/415 diagnosis: what the server accepts and what it negotiated on.
  'accept', 'accept-patch', 'accept-post', 'accept-encoding', 'vary',
  // Exchange ActiveSync's 451 points to the right server with it (picks the 451 variant).
  'x-ms-location',
  // Who answered: Squid names its own error page; Kong marks what it generated or proxied;
  // Next.js marks its cache (see src/diagnosis/producer-rules.ts).
  'x-squid-error', 'x-cache-lookup', 'x-kong-response-latency', 'x-kong-upstream-latency', 'x-kong-proxy-latency',
  'x-nextjs-cache', 'x-nextjs-prerender',
]);

/** Longest header value kept: enough for any diagnostic header, bounded so a 64 KB value cannot bloat storage. */
export const MAX_HEADER_VALUE = 2048;
/** Most headers kept per record (a response with 500 headers keeps the first whitelisted ones). */
export const MAX_HEADERS = 40;

export interface RawHeader {
  name: string;
  value?: string;
  binaryValue?: number[];
}

/**
 * Header names as the browser spelled them, each mapped to its lower-case form when kept and to ''
 * when not. A few dozen names cover nearly every response, and lower-casing each of them (a new
 * string per header per response) was most of the whitelist's cost. Bounded both ways: a server
 * that invents names (500 different ones a response) only empties it, and names over 64 characters
 * (twice the longest kept one) are not remembered, so it holds 1,000 short strings at most.
 */
const spellings = new Map<string, string>();
const MAX_SPELLINGS = 1000;
const MAX_SPELLING_LENGTH = 64;

function lowerIfKept(raw: string): string {
  const lower = raw.toLowerCase();
  return KEPT.has(lower) ? lower : '';
}

function keptName(raw: string): string {
  if (raw.length > MAX_SPELLING_LENGTH) return lowerIfKept(raw);
  let name = spellings.get(raw);
  if (name === undefined) {
    name = lowerIfKept(raw);
    if (spellings.size >= MAX_SPELLINGS) spellings.clear();
    spellings.set(raw, name);
  }
  return name;
}

export function keepDiagnosticHeaders(raw: readonly RawHeader[] | undefined): HeaderPair[] {
  const kept: HeaderPair[] = [];
  if (!raw) return kept;
  for (const h of raw) {
    if (typeof h?.name !== 'string') continue;
    const name = keptName(h.name);
    if (!name) continue;
    let value = typeof h.value === 'string' ? h.value : '';
    if (value.length > MAX_HEADER_VALUE) value = value.slice(0, MAX_HEADER_VALUE) + '…';
    kept.push([name, value]);
    if (kept.length >= MAX_HEADERS) break;
  }
  return kept;
}

export function isKeptHeader(name: string): boolean {
  return KEPT.has(name.toLowerCase());
}

export function headerValue(headers: readonly HeaderPair[], name: string): string | undefined {
  const n = name.toLowerCase();
  for (const [k, v] of headers) if (k === n) return v;
  return undefined;
}
