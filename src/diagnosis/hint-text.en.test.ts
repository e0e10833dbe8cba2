import { describe, expect, it } from 'vitest';
import type { Hint, HintId, OwnerCheckId } from './types';
import { formatDuration, formatEdgeReason, formatHint, formatOwnerCheck, formatProducer, text } from './hint-text.en';
import { diagnose } from './hints';
import { ownerChecks } from './owner-checks';
import { rec } from './test-records';

const h = (id: HintId, params: Hint['params'] = {}): string => formatHint({ id, severity: 'info', params });

describe('English hint text', () => {
  it('formats durations', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(3 * 3600 + 20 * 60)).toBe('3 h 20 min');
    expect(formatDuration(2 * 86400 + 4 * 3600)).toBe('2 d 4 h');
  });
  it('fills templates with parameters', () => {
    expect(h('retry-after', { kind: 'seconds', seconds: 120, at: Date.UTC(2025, 0, 15, 12, 2, 0) }))
      .toBe('The server asks to wait 2 min before trying again (until 2025-01-15 12:02:00 UTC).');
    expect(h('allow', { allowed: 'GET, HEAD', count: 2, method: 'POST', methodAllowed: false })).toBe('This resource accepts GET, HEAD, not POST.');
    expect(h('allow', { allowed: '', count: 0, method: 'GET', methodAllowed: false })).toContain('no method at all');
    expect(h('content-range', { length: 47022 })).toContain('47022 bytes');
    expect(h('auth-challenge', { scheme: 'Bearer', realm: 'api', error: 'invalid_token', errorDescription: 'expired', scope: 'read' }))
      .toBe('The server asks for Bearer authentication (realm "api"); it rejected the credentials sent: invalid_token (expired); required scope: read.');
    expect(h('location', { url: 'https://a/', status: 301, httpsUpgrade: true, crossHost: true, relative: false })).toBe('Redirects to https://a/ (upgrade to HTTPS, to another host).');
    expect(h('failure-certificate', { code: 'SEC_ERROR_UNKNOWN_ISSUER' })).toContain('(SEC_ERROR_UNKNOWN_ISSUER)');
    expect(h('edge-generated', { reason: 'cloudflare-5xx' })).toContain('Cloudflare generated this error itself');
  });
  it('formats producers and edge reasons', () => {
    expect(formatProducer({ id: 'cloudflare', name: 'Cloudflare', role: 'cdn', details: { rayId: 'abc', colo: 'FRA' } }))
      .toBe('Cloudflare (CDN); Ray ID abc, data center FRA');
    expect(formatEdgeReason({ source: 'edge', reason: 'proxy-gateway-error', producer: { id: 'nginx', name: 'nginx', role: 'proxy', details: {} } }))
      .toMatch(/^nginx produced this error itself/);
  });
  it('has text for every owner check the rules can return', () => {
    const ids = new Set<OwnerCheckId>();
    const producers = ['nginx', 'openresty', 'cloudflare', 'aws-elb', 'cloudfront', 'iis', 'vercel', 'netlify', 'heroku', 'envoy', 'apache', 'fastly', 'akamai', 'caddy'] as const;
    for (const id of producers) {
      for (let s = 400; s < 600; s++) for (const c of ownerChecks({ id, name: id, role: 'proxy', details: { error: 'X' } }, s)) ids.add(c);
    }
    for (const id of ids) expect(formatOwnerCheck(id), id).not.toBe(id);
    expect(h('owner-check', { check: 'nginx-error-log' })).toContain('error.log');
  });
  it('never returns an empty string for a diagnosed hint', () => {
    const records = [
      rec({ status: 522, headers: [['server', 'cloudflare'], ['cf-ray', '8a1b2c3d4e5f6a7b-FRA']] }),
      rec({ status: 401, headers: [['www-authenticate', 'Basic']] }),
      rec({ status: 302, headers: [['location', 'http://']] }),
      rec({ status: 0, error: 'net::ERR_NEW_THING' }),
      rec({ status: 503, headers: [['retry-after', 'soon'], ['server', 'envoy']] }),
    ];
    for (const r of records) for (const hint of diagnose(r, 0)) expect(formatHint(hint).length, hint.id).toBeGreaterThan(10);
  });
  it('inserts hostile parameters as plain text, unchanged', () => {
    const evil = '<img src=x onerror=alert(1)>\u202E';
    expect(h('retry-after-invalid', { raw: evil })).toContain(evil);
  });
  it('exports the module shape translations must follow', () => {
    expect(Object.keys(text).sort()).toEqual(['formatEdgeReason', 'formatHint', 'formatOwnerCheck', 'formatProducer', 'reportLabels']);
  });
});
