import { describe, expect, it } from 'vitest';
import { buildRedirectChain } from './redirect-chain';
import { rec } from './test-records';

const hop = (seq: number, status: number, url: string, redirectTo: string, headers: [string, string][] = []) =>
  rec({ seq, status, url, redirectTo, headers });

describe('buildRedirectChain', () => {
  it('builds an ordered chain with producers and no warnings for a short clean chain', () => {
    const r = buildRedirectChain([
      hop(2, 301, 'https://example.com/', 'https://www.example.com/', [['server', 'nginx']]),
      hop(1, 301, 'http://example.com/', 'https://example.com/', [['server', 'cloudflare']]),
    ], { url: 'https://www.example.com/', status: 200 });
    expect(r.chain.map((h) => [h.status, h.url, h.location, h.producer?.id])).toEqual([
      [301, 'http://example.com/', 'https://example.com/', 'cloudflare'],
      [301, 'https://example.com/', 'https://www.example.com/', 'nginx'],
    ]);
    expect(r.chain[0].flags).toEqual(['https-upgrade']);
    expect(r.warnings).toEqual([]);
  });
  it('warns about more than 3 hops', () => {
    const hops = [1, 2, 3, 4].map((i) => hop(i, 302, `https://a.example/${i}`, `https://a.example/${i + 1}`));
    const r = buildRedirectChain(hops, { url: 'https://a.example/5', status: 200 });
    expect(r.warnings.map((w) => w.id)).toEqual(['redirect-too-many']);
    expect(r.warnings[0].params.hops).toBe(4);
  });
  it('warns about a protocol flip and the downgrade in it', () => {
    const r = buildRedirectChain([
      hop(1, 301, 'http://a.example/', 'https://a.example/'),
      hop(2, 301, 'https://a.example/', 'http://a.example/x'),
    ], { url: 'http://a.example/x', status: 200 });
    expect(r.warnings.map((w) => w.id)).toEqual(['redirect-protocol-flip', 'redirect-https-downgrade']);
  });
  it('detects a loop the browser gave up on (aggregated records)', () => {
    const r = buildRedirectChain([
      { ...hop(1, 302, 'https://a.example/login', 'https://a.example/home'), count: 10 },
      { ...hop(2, 302, 'https://a.example/home', 'https://a.example/login'), count: 10 },
    ]);
    expect(r.warnings).toEqual([{ id: 'redirect-loop', severity: 'warn', params: { url: 'https://a.example/login', closed: true } }]);
  });
  it('a revisited URL that then loads is only info', () => {
    const r = buildRedirectChain([
      hop(1, 302, 'https://a.example/', 'https://a.example/cookie-check'),
      hop(2, 302, 'https://a.example/cookie-check', 'https://a.example/'),
    ], { url: 'https://a.example/', status: 200 });
    expect(r.warnings).toEqual([{ id: 'redirect-loop', severity: 'info', params: { url: 'https://a.example/', closed: false } }]);
  });
  it('warns when the final page is not 2xx', () => {
    const r = buildRedirectChain([hop(1, 301, 'https://a.example/old', '/new')], { url: 'https://a.example/new', status: 404 });
    expect(r.chain[0].location).toBe('https://a.example/new');
    expect(r.warnings).toEqual([{ id: 'redirect-final-error', severity: 'warn', params: { status: 404, url: 'https://a.example/new' } }]);
  });
  it('keeps an invalid Location raw and marks browser-internal hops', () => {
    const r = buildRedirectChain([
      rec({ seq: 1, status: 307, url: 'http://a.example/', redirectTo: 'https://a.example/', headers: [['non-authoritative-reason', 'HSTS']] }),
      rec({ seq: 2, status: 302, url: 'https://a.example/', headers: [['location', 'http://']] }),
    ]);
    expect(r.chain[0].internal).toBe(true);
    expect(r.chain[1]).toMatchObject({ location: 'http://', flags: ['invalid'], internal: false });
  });
  it('is empty for no hops', () => {
    expect(buildRedirectChain([], { url: 'https://a.example/', status: 200 })).toEqual({ chain: [], warnings: [] });
  });
});
