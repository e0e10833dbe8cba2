// How each server, proxy, CDN or platform shows itself in response headers. One rule per product;
// a product is detected when its Server token matches or when one of its own headers is present.
import type { HeaderPair } from '../core/types';
import type { ProducerId, ProducerRole } from './types';
import { clip, hasHeaderPrefix, headerFirst, headerList, headerValues, splitList } from './header-lookup';

export interface ProducerRule {
  id: ProducerId;
  name: string;
  role: ProducerRole;
  /** Matches the Server header when this product wrote it; capture group 1, when present, is the version. */
  server?: RegExp;
  /** Evidence other than the Server header (Via, vendor headers). */
  evidence?: (h: readonly HeaderPair[]) => boolean;
  details?: (h: readonly HeaderPair[]) => Record<string, string>;
}

// Versions are short dotted tokens; the bound keeps a hostile Server value from producing a long "version".
const V = '(?:\\/(\\d[\\w.-]{0,30}))?';
const server = (product: string) => new RegExp(`^(?:${product})${V}(?![\\w-])`, 'i');

const has = (name: string) => (h: readonly HeaderPair[]) => headerValues(h, name).length > 0;
const via = (re: RegExp) => (h: readonly HeaderPair[]) => viaEntries(h).some((e) => re.test(e));

export function viaEntries(h: readonly HeaderPair[]): string[] {
  const v = headerList(h, 'via');
  return v === undefined ? [] : splitList(v);
}

/** CF-RAY is "<16 hex>-<IATA colo>"; older rays had no colo suffix. */
export const CF_RAY = /^([0-9a-f]{16})(?:-([A-Z]{3}))?$/i;
/** Fastly X-Served-By members: "cache-fra-eddf8230123-FRA", "cache-lhr7325-LHR". */
const FASTLY_NODE = /^cache-[a-z0-9]+(?:-[a-z0-9]+)*-([A-Z]{3})$/;

function put(out: Record<string, string>, key: string, value: string | undefined): void {
  if (value !== undefined && value.trim() !== '') out[key] = clip(value.trim());
}

export const PRODUCER_RULES: readonly ProducerRule[] = [
  {
    id: 'cloudflare', name: 'Cloudflare', role: 'cdn', server: server('cloudflare'),
    evidence: has('cf-ray'),
    details(h) {
      const out: Record<string, string> = {};
      const ray = headerFirst(h, 'cf-ray');
      const m = ray === undefined ? null : CF_RAY.exec(ray);
      if (m) {
        put(out, 'rayId', m[1]);
        put(out, 'colo', m[2]?.toUpperCase());
      } else put(out, 'rayId', ray);
      put(out, 'cacheStatus', headerFirst(h, 'cf-cache-status'));
      put(out, 'mitigated', headerFirst(h, 'cf-mitigated'));
      return out;
    },
  },
  {
    id: 'cloudfront', name: 'Amazon CloudFront', role: 'cdn', server: server('CloudFront'),
    evidence: (h) => has('x-amz-cf-id')(h) || has('x-amz-cf-pop')(h)
      || via(/\(CloudFront\)|\.cloudfront\.net\b/i)(h) || /\bfrom cloudfront\b/i.test(headerList(h, 'x-cache') ?? ''),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'requestId', headerFirst(h, 'x-amz-cf-id'));
      put(out, 'pop', headerFirst(h, 'x-amz-cf-pop'));
      const cache = headerList(h, 'x-cache');
      if (cache && /cloudfront/i.test(cache)) put(out, 'cache', cache);
      return out;
    },
  },
  {
    id: 'fastly', name: 'Fastly', role: 'cdn',
    evidence: (h) => has('fastly-debug-path')(h) || fastlyNodes(h).length > 0,
    details(h) {
      const out: Record<string, string> = {};
      const nodes = fastlyNodes(h);
      if (nodes.length > 0) {
        put(out, 'servedBy', nodes.join(', '));
        // The last node is the edge POP nearest the visitor.
        put(out, 'pop', FASTLY_NODE.exec(nodes[nodes.length - 1])?.[1]);
      }
      put(out, 'cache', headerList(h, 'x-cache'));
      return out;
    },
  },
  {
    id: 'akamai', name: 'Akamai', role: 'cdn', server: server('AkamaiGHost|AkamaiNetStorage'),
    evidence: has('x-akamai-request-id'),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'requestId', headerFirst(h, 'x-akamai-request-id'));
      return out;
    },
  },
  {
    id: 'varnish', name: 'Varnish', role: 'proxy', server: server('Varnish'),
    // Fastly runs Varnish and names it in Via, one entry per Fastly node (two with shielding):
    // only a varnish entry beyond those is a Varnish of the site's own.
    evidence: (h) => (has('x-varnish')(h) && !isFastly(h)) || varnishViaCount(h) > (isFastly(h) ? Math.max(1, fastlyNodes(h).length) : 0),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'varnishId', headerFirst(h, 'x-varnish'));
      return out;
    },
  },
  {
    id: 'aws-elb', name: 'AWS Elastic Load Balancing', role: 'load-balancer', server: server('awselb'),
    evidence: (h) => has('x-amzn-waf-action')(h) || has('x-amzn-trace-id')(h),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'traceId', headerFirst(h, 'x-amzn-trace-id'));
      put(out, 'wafAction', headerFirst(h, 'x-amzn-waf-action'));
      return out;
    },
  },
  {
    id: 'google', name: 'Google Front End', role: 'load-balancer', server: server('gws|GFE|ESF|Google Frontend'),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'server', headerFirst(h, 'server'));
      return out;
    },
  },
  {
    id: 'vercel', name: 'Vercel', role: 'platform', server: server('Vercel'),
    evidence: (h) => has('x-vercel-id')(h) || has('x-vercel-error')(h),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'requestId', headerFirst(h, 'x-vercel-id'));
      put(out, 'error', headerFirst(h, 'x-vercel-error'));
      put(out, 'cache', headerFirst(h, 'x-vercel-cache'));
      return out;
    },
  },
  {
    id: 'netlify', name: 'Netlify', role: 'platform', server: server('Netlify'),
    evidence: has('x-nf-request-id'),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'requestId', headerFirst(h, 'x-nf-request-id'));
      return out;
    },
  },
  {
    id: 'heroku', name: 'Heroku router', role: 'platform', server: server('Heroku'),
    evidence: via(/^(?:[\w./]+\s+)?(?:vegur|heroku-router)\b/i),
  },
  { id: 'openresty', name: 'OpenResty', role: 'proxy', server: server('openresty') },
  { id: 'nginx', name: 'nginx', role: 'proxy', server: server('nginx') },
  {
    id: 'envoy', name: 'Envoy', role: 'proxy', server: server('envoy|istio-envoy'),
    evidence: (h) => hasHeaderPrefix(h, 'x-envoy-'),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'upstreamServiceTime', headerFirst(h, 'x-envoy-upstream-service-time'));
      return out;
    },
  },
  { id: 'caddy', name: 'Caddy', role: 'proxy', server: server('Caddy') },
  // "Apache-Coyote" is Tomcat, hence the (?![\w-]) in server().
  { id: 'apache', name: 'Apache HTTP Server', role: 'origin', server: server('Apache') },
  { id: 'litespeed', name: 'LiteSpeed', role: 'origin', server: server('LiteSpeed') },
  {
    id: 'iis', name: 'Microsoft IIS', role: 'origin', server: server('Microsoft-IIS'),
    evidence: (h) => has('x-aspnet-version')(h) || /^ASP\.NET\b/i.test(headerFirst(h, 'x-powered-by') ?? ''),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'aspnetVersion', headerFirst(h, 'x-aspnet-version'));
      return out;
    },
  },
  { id: 'gunicorn', name: 'Gunicorn', role: 'origin', server: server('gunicorn') },
  { id: 'uvicorn', name: 'Uvicorn', role: 'origin', server: server('uvicorn') },
  { id: 'kestrel', name: 'Kestrel', role: 'origin', server: server('Kestrel') },
  { id: 'express', name: 'Express', role: 'origin', evidence: (h) => /^Express\b/i.test(headerFirst(h, 'x-powered-by') ?? '') },
];

function fastlyNodes(h: readonly HeaderPair[]): string[] {
  const v = headerList(h, 'x-served-by');
  return v === undefined ? [] : splitList(v).filter((n) => FASTLY_NODE.test(n));
}

function isFastly(h: readonly HeaderPair[]): boolean {
  return has('fastly-debug-path')(h) || fastlyNodes(h).length > 0;
}

function varnishViaCount(h: readonly HeaderPair[]): number {
  return viaEntries(h).filter((e) => /\bvarnish\b/i.test(e)).length;
}
