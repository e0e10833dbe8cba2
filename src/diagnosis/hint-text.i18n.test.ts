// The French, Indonesian and Vietnamese diagnosis texts: every hint and owner check produces a real,
// translated sentence, and the values put into it (URLs, header values, error names) come out unchanged.
import { describe, expect, it } from 'vitest';
import type { EdgeReason, HintId, HintParams, HintTextModule, OwnerCheckId, Producer, ProducerRole } from './types';
import { text as en } from './hint-text.en';
import { formatDuration as durationFr, text as fr } from './hint-text.fr';
import { formatDuration as durationId, text as id } from './hint-text.id';
import { formatDuration as durationVi, text as vi } from './hint-text.vi';

const base = { type: 'main_frame', frame: 'main' };

// One plausible parameter set per hint, shaped like hints.ts, explain-failure.ts and redirect-chain.ts
// build them. A Record, so a new HintId without a sample fails the type check.
const SAMPLES: Record<HintId, HintParams> = {
  producer: { id: 'cloudflare', name: 'Cloudflare', role: 'cdn', version: '2024.1', rayId: '8a1b2c3d4e5f6a7b-FRA', colo: 'FRA' },
  'producer-unknown': { noHeaders: false },
  'squid-error': { code: 'ERR_READ_TIMEOUT', errno: 0 },
  layers: { names: 'Cloudflare, nginx', count: 2 },
  'edge-generated': { reason: 'proxy-gateway-error', producer: 'nginx', status: 502, server: 'nginx/1.25.3' },
  'origin-generated': { reason: 'cloudfront-origin-error', producer: 'CloudFront', status: 500, server: 'Apache/2.4.58' },
  'cached-error': { header: 'X-Cache', value: 'Error from cloudfront' },
  'from-cache': {},
  'cf-mitigated': { value: 'challenge' },
  'waf-action': { action: 'captcha' },
  'vendor-error-code': { vendor: 'Vercel', code: 'FUNCTION_INVOCATION_TIMEOUT' },
  'owner-check': { check: 'nginx-error-log', producer: 'nginx' },
  'retry-after': { kind: 'seconds', seconds: 125, at: Date.UTC(2025, 0, 15, 12, 2, 5) },
  'retry-after-invalid': { raw: 'soon' },
  'auth-challenge': { scheme: 'Bearer', token68: false, realm: 'api', error: 'invalid_token', errorDescription: 'token expired', scope: 'read:orders' },
  'proxy-auth': { scheme: 'Basic', token68: false, realm: 'corp-proxy' },
  allow: { allowed: 'GET, HEAD', count: 2, method: 'POST', methodAllowed: false },
  location: { url: 'https://www.example.org/new', status: 301, relative: false, httpsUpgrade: true, crossHost: true },
  'location-invalid': { raw: 'http://' },
  'location-loop': { url: 'https://example.com/a' },
  'location-downgrade': { from: 'https://example.com/a', to: 'http://example.com/b' },
  'location-unsafe-scheme': { url: 'javascript:alert(1)', scheme: 'javascript' },
  'hsts-internal': { url: 'http://example.com/' },
  'browser-internal-redirect': { reason: 'Delegate', url: 'https://example.com/' },
  'content-range': { length: 47022 },
  upgrade: { protocols: 'TLS/1.3, HTTP/1.1' },
  'accepted-types': { header: 'Accept-Post', values: 'application/json, text/csv' },
  'negotiation-vary': { headers: 'Accept, Accept-Language' },
  'problem-details': { format: 'json' },
  'redirect-too-many': { hops: 5, max: 3 },
  'redirect-protocol-flip': { changes: 3 },
  'redirect-https-downgrade': { from: 'https://example.com/login', to: 'http://example.com/home' },
  'redirect-loop': { url: 'https://example.com/loop', closed: true },
  'redirect-final-error': { status: 404, url: 'https://example.com/gone' },
  'failure-blocked-by-client': { error: 'net::ERR_BLOCKED_BY_CLIENT', ...base },
  'failure-cancelled-by-extension': { error: 'NS_ERROR_ABORT', ...base },
  'failure-blocked-by-admin': { error: 'net::ERR_BLOCKED_BY_ADMINISTRATOR', ...base },
  'failure-blocked-policy': { error: 'net::ERR_BLOCKED_BY_CSP', ...base },
  'failure-blocked-safety': { error: 'NS_ERROR_PHISHING_URI', ...base },
  'failure-blocked-tracking': { error: 'NS_ERROR_TRACKING_URI', ...base, list: 'TRACKING' },
  'failure-empty-response': { error: 'net::ERR_EMPTY_RESPONSE', ...base },
  'failure-connection-reset': { error: 'net::ERR_CONNECTION_RESET', ...base },
  'failure-reset-or-empty': { error: 'NS_ERROR_NET_RESET', ...base },
  'failure-truncated': { error: 'net::ERR_CONTENT_LENGTH_MISMATCH', ...base },
  'failure-refused': { error: 'net::ERR_CONNECTION_REFUSED', ...base },
  'failure-proxy': { error: 'net::ERR_PROXY_CONNECTION_FAILED', ...base },
  'failure-dns': { error: 'net::ERR_NAME_NOT_RESOLVED', ...base },
  'failure-timeout': { error: 'net::ERR_TIMED_OUT', ...base },
  'failure-offline': { error: 'net::ERR_INTERNET_DISCONNECTED', ...base },
  'failure-network-changed': { error: 'net::ERR_NETWORK_CHANGED', ...base },
  'failure-certificate': { error: 'SEC_ERROR_UNKNOWN_ISSUER', ...base, code: 'SEC_ERROR_UNKNOWN_ISSUER' },
  'failure-tls': { error: 'net::ERR_SSL_PROTOCOL_ERROR', ...base },
  'failure-cors': { error: 'NS_ERROR_DOM_BAD_URI', ...base },
  'failure-cors-possible': { error: 'net::ERR_FAILED', type: 'xmlhttprequest', frame: 'main' },
  'failure-aborted': { error: 'net::ERR_ABORTED', ...base },
  'failure-redirect-loop': { error: 'net::ERR_TOO_MANY_REDIRECTS', ...base },
  'failure-unsafe-redirect': { error: 'net::ERR_UNSAFE_REDIRECT', ...base },
  'failure-protocol': { error: 'net::ERR_HTTP2_PROTOCOL_ERROR', ...base },
  'failure-blocked-port': { error: 'net::ERR_UNSAFE_PORT', ...base },
  'failure-cache-miss': { error: 'net::ERR_CACHE_MISS', ...base },
  'failure-other': { error: 'net::ERR_NEW_THING', ...base },
  'status-before-failure': { error: 'net::ERR_CONNECTION_RESET', ...base, status: 200 },
};

// The other branches of the templates that have them.
const VARIANTS: [HintId, HintParams][] = [
  ['producer', { id: 'nginx', name: 'nginx', role: 'proxy' }],
  ['producer', { id: 'nginx', name: 'nginx', role: 'web-server', version: '1.22.1', evidenceHeader: 'Server', evidenceValue: 'nginx/1.22.1' }],
  ['producer', { id: 'haproxy', name: 'HAProxy', role: 'load-balancer', likely: true, shape: 'haproxy-builtin' }],
  ['producer-unknown', { noHeaders: true }],
  ['squid-error', { code: 'ERR_CONNECT_FAIL', errno: 111 }],
  ['squid-error', { code: 'ERR_SOMETHING_NEW', errno: 0 }],
  ['edge-generated', { reason: 'gateway-own-page', producer: 'nginx', status: 404, server: 'nginx', evidence: 'Content-Type: text/html' }],
  ['origin-generated', { reason: 'gateway-passed-on', producer: 'nginx', status: 500, server: 'nginx', evidence: 'X-Powered-By: PHP/8.2.36', application: 'PHP 8.2.36' }],
  ['origin-generated', { reason: 'app-server-response', producer: 'Gunicorn', status: 500, server: 'gunicorn', evidence: 'Content-Type: application/json' }],
  ['edge-generated', { reason: 'squid-own', producer: 'Squid', status: 504, server: 'squid/5.7', evidence: 'X-Squid-Error: ERR_READ_TIMEOUT 0' }],
  ['edge-generated', { reason: 'varnish-own', producer: 'Varnish', status: 503, server: 'Varnish' }],
  ['edge-generated', { reason: 'haproxy-own', producer: 'HAProxy', status: 503, server: '' }],
  ['edge-generated', { reason: 'kong-own', producer: 'Kong Gateway', status: 503, server: 'kong/3.4', evidence: 'X-Kong-Response-Latency: 0' }],
  ['edge-generated', { reason: 'vendor-status', producer: '', status: 499, server: '' }],
  ['origin-generated', { reason: 'server-is-origin', producer: '', status: 500, server: '' }],
  ['retry-after', { kind: 'date', seconds: 2 * 86400 + 4 * 3600, at: Date.UTC(2025, 0, 17, 16, 0, 0) }],
  ['auth-challenge', { scheme: 'Basic', token68: false }],
  ['auth-challenge', { scheme: 'Bearer', token68: false, errorDescription: 'sign in first' }],
  ['proxy-auth', { scheme: 'Negotiate', token68: false }],
  ['allow', { allowed: '', count: 0, method: 'GET', methodAllowed: false }],
  ['allow', { allowed: 'GET, POST', count: 2, method: 'POST', methodAllowed: true }],
  ['location', { url: 'https://example.com/items/7', status: 201, relative: false, httpsUpgrade: false, crossHost: false }],
  ['location', { url: 'https://example.com/b', status: 302, relative: true, httpsUpgrade: false, crossHost: false }],
  ['browser-internal-redirect', { reason: '', url: 'https://example.com/' }],
  ['redirect-loop', { url: 'https://example.com/loop', closed: false }],
  ['redirect-final-error', { status: 0, url: 'https://example.com/down' }],
  ['failure-certificate', { error: 'net::ERR_CERT_DATE_INVALID', ...base }],
  ['failure-tls', { error: 'SSL_ERROR_NO_CYPHER_OVERLAP', ...base, code: 'SSL_ERROR_NO_CYPHER_OVERLAP' }],
  ...['FINGERPRINTING', 'CRYPTOMINING', 'SOCIALTRACKING', 'EMAILTRACKING'].map((list): [HintId, HintParams] =>
    ['failure-blocked-tracking', { error: `NS_ERROR_${list}_URI`, ...base, list }]),
];

const OWNER_CHECK_IDS: Record<OwnerCheckId, true> = {
  'nginx-upstream-up': true, 'nginx-error-log': true, 'nginx-proxy-timeouts': true, 'nginx-slow-upstream': true,
  'nginx-body-size': true, 'nginx-header-buffers': true, 'nginx-rate-limit': true, 'nginx-https-port': true, 'nginx-client-cert': true,
  'cf-origin-up': true, 'cf-origin-firewall': true, 'cf-origin-response': true, 'cf-origin-dns': true, 'cf-origin-timeout': true,
  'cf-ssl-mode': true, 'cf-1xxx': true, 'cf-ray-lookup': true,
  'alb-target-health': true, 'alb-idle-timeout': true, 'alb-security-groups': true, 'alb-no-targets': true, 'alb-waf': true,
  'alb-460': true, 'alb-463': true, 'alb-464': true, 'alb-561': true,
  'cloudfront-origin-protocol': true, 'cloudfront-origin-cert': true, 'cloudfront-origin-timeout': true,
  'cloudfront-origin-firewall': true, 'cloudfront-403': true, 'cloudfront-request-id': true,
  'iis-substatus': true, 'iis-app-pool': true, 'iis-failed-request-tracing': true,
  'vercel-error-code': true, 'vercel-function-timeout': true,
  'netlify-function-logs': true,
  'heroku-router-codes': true,
  'envoy-response-flags': true, 'envoy-upstream-health': true,
  'apache-proxy-backend': true, 'apache-proxy-timeout': true, 'apache-error-log': true,
  'fastly-backend-health': true, 'fastly-first-byte-timeout': true,
  'akamai-reference': true,
  'caddy-upstream': true, 'caddy-upstream-timeout': true, 'nginx-php-fpm': true,
  'haproxy-no-server': true, 'haproxy-timeout-server': true, 'haproxy-bad-response': true,
  'varnish-backend': true, 'varnish-first-byte-timeout': true,
  'squid-cache-peer': true, 'squid-read-timeout': true, 'squid-http-access': true,
  'lighttpd-proxy-backend': true, 'kong-upstream': true, 'traefik-service': true, 'php-error-log': true,
};

const EDGE_REASONS: Record<EdgeReason, true> = {
  'cloudflare-5xx': true, 'cloudflare-challenge': true, 'cloudfront-own-error': true, 'cloudfront-origin-error': true,
  'proxy-gateway-error': true, 'vendor-status': true, 'elb-own': true, 'akamai-own': true, 'vercel-error': true,
  'envoy-local-reply': true, 'envoy-upstream': true, 'server-is-origin': true, 'no-evidence': true,
  'gateway-own-page': true, 'gateway-passed-on': true, 'app-server-response': true, 'squid-own': true,
  'varnish-own': true, 'haproxy-own': true, 'kong-own': true,
};

const ROLES: Record<ProducerRole, true> = {
  cdn: true, proxy: true, 'load-balancer': true, origin: true, platform: true, 'web-server': true, 'app-server': true, application: true,
};

// Every hint here has words around its values, so none may come out identical to the English.
// If a future template is a pure value (e.g. just "{code}"), list its id here.
const SAME_AS_ENGLISH = new Set<HintId>();

const hints: [HintId, HintParams][] = [...(Object.entries(SAMPLES) as [HintId, HintParams][]), ...VARIANTS];

function expectClean(out: string, label: string): void {
  expect(typeof out, label).toBe('string');
  expect(out.trim().length, label).toBeGreaterThan(10);
  expect(out, label).not.toMatch(/undefined|NaN|\[object /);
}

/** Values the English sentence shows verbatim must show verbatim in the translation too. */
function expectSameValues(out: string, english: string, params: HintParams, label: string): void {
  for (const v of Object.values(params)) {
    const s = String(v);
    if (typeof v === 'boolean' || s.length < 2 || !english.includes(s)) continue;
    expect(out, `${label}: value ${s}`).toContain(s);
  }
}

const modules: [string, HintTextModule][] = [['fr', fr], ['id', id], ['vi', vi]];

describe.each(modules)('%s hint text', (lang, t) => {
  it('has the module shape of the English one', () => {
    expect(Object.keys(t).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(t.reportLabels).sort()).toEqual(Object.keys(en.reportLabels).sort());
    for (const [k, v] of Object.entries(t.reportLabels)) expect(v.trim(), `${lang} reportLabels.${k}`).not.toBe('');
    expect(t.reportLabels.title).toContain('Status Lens');
    expect(t.reportLabels.noRecords).not.toBe(en.reportLabels.noRecords);
  });

  it('formats every hint id, translated, with its values unchanged', () => {
    for (const [hid, params] of hints) {
      const label = `${lang} ${hid} ${JSON.stringify(params)}`;
      const out = t.formatHint({ id: hid, severity: 'info', params });
      const english = en.formatHint({ id: hid, severity: 'info', params });
      expectClean(out, label);
      if (!SAME_AS_ENGLISH.has(hid)) expect(out, label).not.toBe(english);
      expectSameValues(out, english, params, label);
    }
  });

  it('formats every owner check, translated', () => {
    for (const cid of Object.keys(OWNER_CHECK_IDS) as OwnerCheckId[]) {
      const out = t.formatOwnerCheck(cid);
      expectClean(out, `${lang} ${cid}`);
      expect(out, `${lang} ${cid}`).not.toBe(cid);
      expect(out, `${lang} ${cid}`).not.toBe(en.formatOwnerCheck(cid));
      expect(t.formatHint({ id: 'owner-check', severity: 'info', params: { check: cid } })).toBe(out);
    }
  });

  it('keeps directive, header and error names of owner checks as in English', () => {
    const keep = /\b(?:[a-z]+_[a-z_]+|X-[A-Za-z-]+|\d{3}(?:\.\d+)?)\b/g;
    for (const cid of Object.keys(OWNER_CHECK_IDS) as OwnerCheckId[]) {
      for (const term of en.formatOwnerCheck(cid).match(keep) ?? []) expect(t.formatOwnerCheck(cid), `${lang} ${cid}`).toContain(term);
    }
  });

  it('formats every edge reason, with and without a producer', () => {
    const nginx: Producer = { id: 'nginx', name: 'nginx', role: 'proxy', details: {} };
    for (const reason of Object.keys(EDGE_REASONS) as EdgeReason[]) {
      for (const producer of [nginx, undefined]) {
        const v = { source: 'edge' as const, reason, producer };
        const out = t.formatEdgeReason(v);
        expectClean(out, `${lang} ${reason}`);
        expect(out, `${lang} ${reason}`).not.toBe(en.formatEdgeReason(v));
      }
    }
  });

  it('formats producers of every role, details labelled in the same order', () => {
    for (const role of Object.keys(ROLES) as ProducerRole[]) {
      const p: Producer = { id: 'cloudflare', name: 'Cloudflare', role, version: '1.2', details: { colo: 'FRA', rayId: 'abc123' } };
      const out = t.formatProducer(p);
      expectClean(out, `${lang} ${role}`);
      expect(out.startsWith('Cloudflare 1.2 (')).toBe(true);
      expect(out.indexOf('abc123')).toBeLessThan(out.indexOf('FRA'));
    }
    expect(t.formatProducer({ id: 'nginx', name: 'nginx', role: 'proxy', details: {} })).not.toContain(';');
  });

  it('inserts hostile parameters as plain text, unchanged', () => {
    const evil = '<img src=x onerror=alert(1)>\u202E';
    expect(t.formatHint({ id: 'retry-after-invalid', severity: 'warn', params: { raw: evil } })).toContain(evil);
  });
});

describe('durations in each language', () => {
  it.each([
    ['fr', durationFr, ['45 s', '2 min 5 s', '2 min', '3 h 20 min', '2 j 4 h']],
    ['id', durationId, ['45 detik', '2 menit 5 detik', '2 menit', '3 jam 20 menit', '2 hari 4 jam']],
    ['vi', durationVi, ['45 giây', '2 phút 5 giây', '2 phút', '3 giờ 20 phút', '2 ngày 4 giờ']],
  ] as const)('%s', (_, format, expected) => {
    expect([45, 125, 120, 3 * 3600 + 20 * 60, 2 * 86400 + 4 * 3600].map(format)).toEqual(expected);
  });
});
