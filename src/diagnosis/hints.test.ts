import { describe, expect, it } from 'vitest';
import type { HeaderPair } from '../core/types';
import type { Hint } from './types';
import { diagnose } from './hints';
import { rec } from './test-records';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const all = (status: number, headers: HeaderPair[] = [], over = {}) => diagnose(rec({ status, headers, ...over }), NOW);
// Most cases here test one header's hint: leave out the "producer unknown" line that every
// anonymous error gets (tested on its own below).
const run = (status: number, headers: HeaderPair[] = [], over = {}) => all(status, headers, over).filter((h) => h.id !== 'producer-unknown');
const ids = (hints: Hint[]) => hints.map((h) => h.id);
const find = (hints: Hint[], id: string) => hints.find((h) => h.id === id);

describe('diagnose', () => {
  it('gives nothing without evidence but says the producer is unknown', () => {
    expect(run(500)).toEqual([]);
    expect(run(404, [['content-type', 'text/html'], ['date', 'x']])).toEqual([]);
    expect(all(500)).toEqual([{ id: 'producer-unknown', severity: 'info', params: { noHeaders: true } }]);
    expect(all(404, [['content-type', 'text/html'], ['date', 'x']])).toEqual([{ id: 'producer-unknown', severity: 'info', params: { noHeaders: false } }]);
    // Not for redirects, and not for network failures (no response to attribute).
    expect(ids(all(302, [['location', 'https://example.com/b']]))).not.toContain('producer-unknown');
    expect(ids(diagnose(rec({ status: 0, error: 'net::ERR_CONNECTION_REFUSED' }), NOW))).not.toContain('producer-unknown');
  });

  it('Cloudflare 522: producer, edge verdict, owner checks', () => {
    const h = run(522, [['server', 'cloudflare'], ['cf-ray', '8a1b2c3d4e5f6a7b-FRA']]);
    expect(ids(h)).toEqual(['producer', 'edge-generated', 'owner-check', 'owner-check', 'owner-check']);
    expect(h[0].params).toMatchObject({ id: 'cloudflare', name: 'Cloudflare', role: 'cdn', rayId: '8a1b2c3d4e5f6a7b', colo: 'FRA' });
    expect(h[1].params).toMatchObject({ reason: 'cloudflare-5xx', producer: 'Cloudflare', status: 522 });
    expect(h.slice(2).map((x) => x.params.check)).toEqual(['cf-origin-up', 'cf-origin-firewall', 'cf-ray-lookup']);
  });

  it('nginx 502 behind CloudFront: layers, verdict, nginx checks', () => {
    const h = run(502, [['server', 'nginx/1.24.0'], ['via', '1.1 x.cloudfront.net (CloudFront)'], ['x-cache', 'Error from cloudfront']]);
    expect(ids(h)).toEqual(['producer', 'layers', 'edge-generated', 'owner-check', 'owner-check', 'owner-check']);
    expect(find(h, 'layers')?.params).toEqual({ names: 'Amazon CloudFront, nginx', count: 2 });
    expect(find(h, 'edge-generated')?.params.reason).toBe('proxy-gateway-error');
  });

  it('origin-generated via CloudFront', () => {
    const h = run(404, [['server', 'AmazonS3'], ['x-cache', 'Error from cloudfront'], ['x-amz-cf-id', 'abc']]);
    expect(find(h, 'origin-generated')?.params).toMatchObject({ reason: 'cloudfront-origin-error', server: 'AmazonS3' });
  });

  it('Retry-After, valid and invalid', () => {
    expect(find(run(503, [['retry-after', '120']]), 'retry-after')?.params).toEqual({ kind: 'seconds', seconds: 120, at: NOW + 120_000 });
    expect(find(run(429, [['retry-after', 'soon']]), 'retry-after-invalid')).toEqual({ id: 'retry-after-invalid', severity: 'warn', params: { raw: 'soon' } });
  });

  it('401 challenges, 407 proxy challenge', () => {
    const h = run(401, [['www-authenticate', 'Bearer realm="api", error="invalid_token", error_description="expired"'], ['www-authenticate', 'Basic realm="x"']]);
    expect(h).toEqual([
      { id: 'auth-challenge', severity: 'warn', params: { scheme: 'Bearer', token68: false, realm: 'api', error: 'invalid_token', errorDescription: 'expired' } },
      { id: 'auth-challenge', severity: 'info', params: { scheme: 'Basic', token68: false, realm: 'x' } },
    ]);
    expect(run(407, [['proxy-authenticate', 'Negotiate']])).toEqual([{ id: 'proxy-auth', severity: 'info', params: { scheme: 'Negotiate', token68: false } }]);
  });

  it('caps the number of challenges', () => {
    expect(run(401, [['www-authenticate', 'A, B, C, D, E, F, G']]).length).toBe(5);
  });

  it('405 Allow', () => {
    expect(run(405, [['allow', 'GET, HEAD']], { method: 'POST' })).toEqual([
      { id: 'allow', severity: 'info', params: { allowed: 'GET, HEAD', count: 2, method: 'POST', methodAllowed: false } },
    ]);
  });

  it('redirect Location: upgrade, loop, downgrade, invalid, unsafe', () => {
    expect(run(301, [['location', 'https://example.com/page']], { url: 'http://example.com/page' })).toEqual([
      { id: 'location', severity: 'info', params: { url: 'https://example.com/page', status: 301, relative: false, httpsUpgrade: true, crossHost: false } },
    ]);
    expect(ids(run(302, [['location', '/page']]))).toEqual(['location', 'location-loop']);
    expect(ids(run(302, [['location', 'http://example.com/']]))).toEqual(['location', 'location-downgrade']);
    expect(run(302, [['location', 'http://']])).toEqual([{ id: 'location-invalid', severity: 'warn', params: { raw: 'http://' } }]);
    expect(find(run(302, [['location', 'javascript:alert(1)']]), 'location-unsafe-scheme')?.params.scheme).toBe('javascript');
    expect(find(run(302, [], { redirectTo: 'https://other.example/' }), 'location')?.params.crossHost).toBe(true);
    expect(run(304, [['location', '/x']])).toEqual([]);
    expect(find(run(201, [['location', '/items/7']]), 'location')?.params.url).toBe('https://example.com/items/7');
  });

  it('Chrome HSTS 307 stops there: the headers are the browser\'s', () => {
    const h = run(307, [['non-authoritative-reason', 'HSTS'], ['location', 'https://example.com/']], { url: 'http://example.com/', statusLine: 'HTTP/1.1 307 Internal Redirect', redirectTo: 'https://example.com/' });
    expect(h).toEqual([{ id: 'hsts-internal', severity: 'info', params: { url: 'https://example.com/' } }]);
    expect(ids(run(307, [['non-authoritative-reason', 'Delegate']]))).toEqual(['browser-internal-redirect']);
  });

  it('416, 426, 415, 406 and problem details', () => {
    expect(run(416, [['content-range', 'bytes */47022']])).toEqual([{ id: 'content-range', severity: 'info', params: { length: 47022 } }]);
    expect(run(416, [['content-range', 'garbage']])).toEqual([]);
    expect(run(426, [['upgrade', 'TLS/1.2, HTTP/1.1']])).toEqual([{ id: 'upgrade', severity: 'info', params: { protocols: 'TLS/1.2, HTTP/1.1' } }]);
    expect(run(415, [['accept', 'application/json']])).toEqual([{ id: 'accepted-types', severity: 'info', params: { header: 'Accept', values: 'application/json' } }]);
    expect(run(406, [['vary', 'Accept-Language']])).toEqual([{ id: 'negotiation-vary', severity: 'info', params: { headers: 'Accept-Language' } }]);
    expect(run(422, [['content-type', 'application/problem+json']])).toEqual([{ id: 'problem-details', severity: 'info', params: { format: 'json' } }]);
  });

  it('cache, challenge, WAF and vendor codes', () => {
    expect(find(run(404, [['age', '300']]), 'cached-error')?.params).toEqual({ header: 'Age', value: '300' });
    expect(find(run(404, [['age', '300']], { fromCache: true }), 'from-cache')).toBeDefined();
    expect(find(run(403, [['server', 'cloudflare'], ['cf-mitigated', 'challenge']]), 'cf-mitigated')?.params.value).toBe('challenge');
    expect(find(run(405, [['x-amzn-waf-action', 'captcha']]), 'waf-action')?.params.action).toBe('captcha');
    expect(find(run(502, [['x-vercel-error', 'NO_RESPONSE_FROM_FUNCTION']]), 'vendor-error-code')?.params).toEqual({ vendor: 'Vercel', code: 'NO_RESPONSE_FROM_FUNCTION' });
  });

  it('network failures lead, with any response evidence after', () => {
    expect(ids(diagnose(rec({ status: 0, error: 'net::ERR_CONNECTION_REFUSED' }), NOW))).toEqual(['failure-refused']);
    expect(ids(diagnose(rec({ status: 404, error: 'net::ERR_ABORTED', headers: [['server', 'nginx']] }), NOW)))
      .toEqual(['failure-aborted', 'status-before-failure', 'producer']);
  });

  it('returns hostile header values unchanged as data', () => {
    const evil = '<script>alert(1)</script>\u202Egnp.exe';
    expect(find(run(401, [['www-authenticate', `Basic realm="${evil}"`]]), 'auth-challenge')?.params.realm).toBe(evil);
    expect(find(run(429, [['retry-after', evil]]), 'retry-after-invalid')?.params.raw).toBe(evil);
  });

  it('survives a record with missing headers and 100 KB values', () => {
    expect(diagnose({ ...rec({ status: 500 }), headers: undefined as unknown as HeaderPair[] }, NOW)).toEqual([{ id: 'producer-unknown', severity: 'info', params: { noHeaders: true } }]);
    const big = 'x'.repeat(100_000);
    const h = run(302, [['location', `https://example.com/?q=${big}`], ['retry-after', big], ['server', big]]);
    expect(ids(h)).toEqual(['retry-after-invalid', 'location']);
    expect(String(find(h, 'location')?.params.url).length).toBeLessThanOrEqual(2049);
  });
});

describe('a 307 claiming to be the browser\'s HSTS upgrade', () => {
  it('still warns about the downgrade when a server sent it', () => {
    const h = diagnose(rec({
      status: 307, url: 'https://example.com/account', ip: '203.0.113.9', redirectTo: 'http://example.com/account',
      headers: [['non-authoritative-reason', 'HSTS'], ['location', 'http://example.com/account']],
    }), NOW);
    expect(h.map((x) => x.id)).not.toContain('hsts-internal');
    expect(h.map((x) => x.id)).toContain('location-downgrade');
  });
});
