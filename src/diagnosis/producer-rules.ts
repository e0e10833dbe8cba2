// How each server, proxy, CDN or platform shows itself in response headers. One rule per product;
// a product is detected when its Server token matches or when one of its own headers is present.
import type { HeaderPair } from '../core/types';
import type { ProducerId, ProducerRole, ShapeId } from './types';
import { clip, headerFirst, headerList, headerValues, splitList } from './header-lookup';

export interface ProducerRule {
  id: ProducerId;
  name: string;
  role: ProducerRole;
  /** Matches the Server header when this product wrote it; capture group 1, when present, is the version. */
  server?: RegExp;
  /** Evidence other than the Server header (Via, vendor headers): the header that shows it, lower-case. */
  evidence?: (h: readonly HeaderPair[]) => string | undefined;
  /**
   * A response shape (headers present and absent) typical of this product's own error responses,
   * when nothing names it: detection from it is reported as "likely", with the shape's id.
   */
  shape?: (h: readonly HeaderPair[], status: number) => ShapeId | undefined;
  details?: (h: readonly HeaderPair[]) => Record<string, string>;
  /** The version when a header other than Server states it (X-Powered-By: PHP/8.2). */
  version?: (h: readonly HeaderPair[]) => string | undefined;
}

// Versions are short dotted tokens; the bound keeps a hostile Server value from producing a long "version".
const V = '(?:\\/(\\d[\\w.-]{0,30}))?';
const server = (product: string) => new RegExp(`^(?:${product})${V}(?![\\w-])`, 'i');

type Probe = (h: readonly HeaderPair[]) => string | undefined;
const has = (name: string): Probe => (h) => (headerValues(h, name).length > 0 ? name : undefined);
const via = (re: RegExp): Probe => (h) => (viaEntries(h).some((e) => re.test(e)) ? 'via' : undefined);
/** The first probe that finds evidence. */
const anyOf = (...probes: Probe[]): Probe => (h) => {
  for (const p of probes) {
    const found = p(h);
    if (found) return found;
  }
  return undefined;
};
const header = (name: string, re: RegExp): Probe => (h) => (re.test(headerFirst(h, name) ?? '') ? name : undefined);
const prefixed = (prefix: string): Probe => (h) => h.find(([k]) => typeof k === 'string' && k.toLowerCase().startsWith(prefix))?.[0].toLowerCase();

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
    evidence: anyOf(has('x-amz-cf-id'), has('x-amz-cf-pop'), via(/\(CloudFront\)|\.cloudfront\.net\b/i),
      (h) => (/\bfrom cloudfront\b/i.test(headerList(h, 'x-cache') ?? '') ? 'x-cache' : undefined)),
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
    evidence: anyOf(has('fastly-debug-path'), (h) => (fastlyNodes(h).length > 0 ? 'x-served-by' : undefined)),
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
    evidence: (h) => (has('x-varnish')(h) && !isFastly(h) ? 'x-varnish'
      : varnishViaCount(h) > (isFastly(h) ? Math.max(1, fastlyNodes(h).length) : 0) ? 'via' : undefined),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'varnishId', headerFirst(h, 'x-varnish'));
      return out;
    },
  },
  {
    id: 'aws-elb', name: 'AWS Elastic Load Balancing', role: 'load-balancer', server: server('awselb'),
    evidence: anyOf(has('x-amzn-waf-action'), has('x-amzn-trace-id')),
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
    evidence: anyOf(has('x-vercel-id'), has('x-vercel-error')),
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
  {
    id: 'haproxy', name: 'HAProxy', role: 'load-balancer', server: server('haproxy'),
    shape: haproxyShape,
  },
  {
    id: 'squid', name: 'Squid', role: 'proxy', server: server('squid'),
    evidence: anyOf(has('x-squid-error'), via(/\(squid(?:\/[\w.-]*)?\)/i), header('x-cache-lookup', /\bfrom\b/i)),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'squidError', headerFirst(h, 'x-squid-error'));
      return out;
    },
  },
  {
    id: 'kong', name: 'Kong Gateway', role: 'proxy', server: server('kong'),
    evidence: anyOf(prefixed('x-kong-'), via(/\bkong\/\d/i)),
  },
  { id: 'traefik', name: 'Traefik', role: 'proxy', server: server('traefik') },
  {
    id: 'azure-front-door', name: 'Azure Front Door', role: 'cdn',
    evidence: has('x-azure-ref'),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'requestId', headerFirst(h, 'x-azure-ref'));
      return out;
    },
  },
  {
    id: 'github-pages', name: 'GitHub Pages', role: 'platform', server: server('GitHub\\.com'),
    evidence: has('x-github-request-id'),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'requestId', headerFirst(h, 'x-github-request-id'));
      return out;
    },
  },
  { id: 'openresty', name: 'OpenResty', role: 'web-server', server: server('openresty') },
  { id: 'nginx', name: 'nginx', role: 'web-server', server: server('nginx') },
  {
    id: 'envoy', name: 'Envoy', role: 'proxy', server: server('envoy|istio-envoy'),
    evidence: prefixed('x-envoy-'),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'upstreamServiceTime', headerFirst(h, 'x-envoy-upstream-service-time'));
      return out;
    },
  },
  { id: 'caddy', name: 'Caddy', role: 'web-server', server: server('Caddy') },
  { id: 'lighttpd', name: 'lighttpd', role: 'web-server', server: server('lighttpd') },
  // "Apache-Coyote" is Tomcat, hence the (?![\w-]) in server().
  { id: 'apache', name: 'Apache HTTP Server', role: 'web-server', server: server('Apache') },
  { id: 'litespeed', name: 'LiteSpeed', role: 'web-server', server: server('LiteSpeed') },
  {
    id: 'iis', name: 'Microsoft IIS', role: 'web-server', server: server('Microsoft-IIS'),
    evidence: anyOf(has('x-aspnet-version'), header('x-powered-by', /^ASP\.NET\b/i)),
    details(h) {
      const out: Record<string, string> = {};
      put(out, 'aspnetVersion', headerFirst(h, 'x-aspnet-version'));
      return out;
    },
  },
  // Tomcat 8.5+ sends no Server header by default; older ones and many set-ups say Apache-Coyote.
  { id: 'tomcat', name: 'Apache Tomcat', role: 'app-server', server: server('Apache-Coyote|Apache Tomcat|Tomcat') },
  // Jetty writes its version in parentheses: "Jetty(9.4.57.v20241219)".
  { id: 'jetty', name: 'Eclipse Jetty', role: 'app-server', server: /^Jetty(?:\((\d[\w.-]{0,30})\))?(?![\w-])/i },
  { id: 'gunicorn', name: 'Gunicorn', role: 'app-server', server: server('gunicorn') },
  { id: 'uvicorn', name: 'Uvicorn', role: 'app-server', server: server('uvicorn') },
  { id: 'werkzeug', name: 'Werkzeug', role: 'app-server', server: server('Werkzeug') },
  { id: 'kestrel', name: 'Kestrel', role: 'app-server', server: server('Kestrel') },
  { id: 'express', name: 'Express', role: 'application', evidence: header('x-powered-by', /^Express\b/i) },
  {
    id: 'nextjs', name: 'Next.js', role: 'application',
    evidence: anyOf(header('x-powered-by', /^Next\.js\b/i), has('x-nextjs-cache'), has('x-nextjs-prerender')),
  },
  {
    id: 'php', name: 'PHP', role: 'application', evidence: header('x-powered-by', /^PHP\b/i),
    version: (h) => /^PHP\/(\d[\w.-]{0,30})/i.exec(headerFirst(h, 'x-powered-by') ?? '')?.[1],
  },
];

/** Status codes HAProxy has a built-in error response for (its errorfile list). */
const HAPROXY_BUILTIN = new Set([400, 401, 403, 404, 405, 407, 408, 410, 413, 425, 429, 500, 501, 502, 503, 504]);

/**
 * HAProxy's built-in error responses are a short HTML page with "Cache-Control: no-cache" and
 * nothing else: no Server and no Date header (seen from HAProxy 2.6 in test/fixtures/servers/).
 * Web servers and frameworks nearly always send Date, so the absence of both is the tell.
 */
function haproxyShape(h: readonly HeaderPair[], status: number): ShapeId | undefined {
  if (!HAPROXY_BUILTIN.has(status)) return undefined;
  if (has('server')(h) || has('date')(h)) return undefined;
  if (!/^text\/html\s*$/i.test(headerFirst(h, 'content-type') ?? '')) return undefined;
  if (!/^no-cache\s*$/i.test(headerFirst(h, 'cache-control') ?? '')) return undefined;
  return 'haproxy-builtin';
}

function fastlyNodes(h: readonly HeaderPair[]): string[] {
  const v = headerList(h, 'x-served-by');
  return v === undefined ? [] : splitList(v).filter((n) => FASTLY_NODE.test(n));
}

function isFastly(h: readonly HeaderPair[]): boolean {
  return has('fastly-debug-path')(h) !== undefined || fastlyNodes(h).length > 0;
}

function varnishViaCount(h: readonly HeaderPair[]): number {
  return viaEntries(h).filter((e) => /\bvarnish\b/i.test(e)).length;
}
