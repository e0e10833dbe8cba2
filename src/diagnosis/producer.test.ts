import { describe, expect, it } from 'vitest';
import type { HeaderPair } from '../core/types';
import { detectProducer, edgeOrOrigin, layers } from './producer';

const H = (...pairs: [string, string][]): HeaderPair[] => pairs;

describe('detectProducer', () => {
  it('reads Cloudflare ray id and colo', () => {
    const p = detectProducer(H(['server', 'cloudflare'], ['cf-ray', '8a1b2c3d4e5f6a7b-FRA'], ['cf-cache-status', 'DYNAMIC']), 522);
    expect(p).toEqual({ id: 'cloudflare', name: 'Cloudflare', role: 'cdn', details: { rayId: '8a1b2c3d4e5f6a7b', colo: 'FRA', cacheStatus: 'DYNAMIC' }, evidence: { header: 'server', value: 'cloudflare' } });
  });
  it('keeps a malformed CF-RAY whole, without a colo', () => {
    const p = detectProducer(H(['cf-ray', 'not-a-ray']), 403);
    expect(p?.id).toBe('cloudflare');
    expect(p?.details).toEqual({ rayId: 'not-a-ray' });
  });
  it('reads nginx with and without version', () => {
    expect(detectProducer(H(['server', 'nginx/1.18.0 (Ubuntu)']), 502)).toMatchObject({ id: 'nginx', version: '1.18.0', role: 'web-server', evidence: { header: 'server', value: 'nginx/1.18.0 (Ubuntu)' } });
    expect(detectProducer(H(['server', 'nginx']), 502)?.version).toBeUndefined();
  });
  it('tells Apache httpd from Tomcat (Apache-Coyote)', () => {
    expect(detectProducer(H(['server', 'Apache/2.4.41 (Ubuntu)']), 500)).toMatchObject({ id: 'apache', version: '2.4.41' });
    expect(detectProducer(H(['server', 'Apache']), 500)?.id).toBe('apache');
    expect(detectProducer(H(['server', 'Apache-Coyote/1.1']), 500)).toMatchObject({ id: 'tomcat', version: '1.1', role: 'app-server' });
  });
  it('reads AWS load balancer headers', () => {
    expect(detectProducer(H(['server', 'awselb/2.0']), 502)).toMatchObject({ id: 'aws-elb', version: '2.0', role: 'load-balancer' });
    expect(detectProducer(H(['x-amzn-waf-action', 'captcha']), 405)).toMatchObject({ id: 'aws-elb', details: { wafAction: 'captcha' } });
  });
  it('reads CloudFront ids and POP', () => {
    const p = detectProducer(H(
      ['via', '1.1 abcdef.cloudfront.net (CloudFront)'], ['x-amz-cf-id', 'Zx9-abc=='], ['x-amz-cf-pop', 'FRA56-P1'],
      ['x-cache', 'Error from cloudfront'],
    ), 504);
    expect(p).toMatchObject({ id: 'cloudfront', role: 'cdn', details: { requestId: 'Zx9-abc==', pop: 'FRA56-P1', cache: 'Error from cloudfront' } });
  });
  it('reads Fastly nodes and does not report its Via varnish as a separate Varnish', () => {
    const h = H(['via', '1.1 varnish, 1.1 varnish'], ['x-served-by', 'cache-iad-kiad7000123-IAD, cache-fra-eddf8230123-FRA'], ['x-cache', 'MISS, MISS']);
    expect(detectProducer(h, 503)).toMatchObject({ id: 'fastly', details: { pop: 'FRA', cache: 'MISS, MISS' } });
    expect(layers(h).map((p) => p.id)).toEqual(['fastly']);
  });
  it('reports a site Varnish behind Fastly or alone', () => {
    expect(layers(H(['via', '1.1 varnish']))[0].id).toBe('varnish');
    expect(layers(H(['x-varnish', '12345 67890']))[0]).toMatchObject({ id: 'varnish', details: { varnishId: '12345 67890' } });
    expect(layers(H(['x-served-by', 'cache-lhr7325-LHR'], ['via', '1.1 varnish, 1.1 varnish'])).map((p) => p.id)).toEqual(['fastly', 'varnish']);
  });
  it('reads Akamai, IIS, Google, Vercel, Netlify', () => {
    expect(detectProducer(H(['server', 'AkamaiGHost']), 403)?.id).toBe('akamai');
    expect(detectProducer(H(['server', 'AkamaiNetStorage']), 404)?.id).toBe('akamai');
    expect(detectProducer(H(['server', 'Microsoft-IIS/10.0'], ['x-aspnet-version', '4.0.30319']), 500))
      .toMatchObject({ id: 'iis', version: '10.0', details: { aspnetVersion: '4.0.30319' } });
    expect(detectProducer(H(['x-powered-by', 'ASP.NET']), 500)?.id).toBe('iis');
    for (const s of ['gws', 'GFE/2.0', 'ESF', 'Google Frontend']) expect(detectProducer(H(['server', s]), 502)?.id).toBe('google');
    expect(detectProducer(H(['server', 'Vercel'], ['x-vercel-id', 'fra1::abc-123'], ['x-vercel-error', 'FUNCTION_INVOCATION_TIMEOUT']), 504))
      .toMatchObject({ id: 'vercel', role: 'platform', details: { requestId: 'fra1::abc-123', error: 'FUNCTION_INVOCATION_TIMEOUT' } });
    expect(detectProducer(H(['x-nf-request-id', '01ABC']), 404)).toMatchObject({ id: 'netlify', details: { requestId: '01ABC' } });
  });
  it('reads app servers and proxies', () => {
    const cases: [HeaderPair, string, string?][] = [
      [['server', 'gunicorn/20.1.0'], 'gunicorn', '20.1.0'],
      [['server', 'uvicorn'], 'uvicorn'],
      [['x-powered-by', 'Express'], 'express'],
      [['server', 'Kestrel'], 'kestrel'],
      [['server', 'Caddy'], 'caddy'],
      [['server', 'LiteSpeed'], 'litespeed'],
      [['server', 'openresty/1.21.4.1'], 'openresty', '1.21.4.1'],
      [['server', 'envoy'], 'envoy'],
      [['server', 'istio-envoy'], 'envoy'],
      [['x-envoy-upstream-service-time', '12'], 'envoy'],
      [['via', '1.1 vegur'], 'heroku'],
    ];
    for (const [pair, id, version] of cases) {
      const p = detectProducer([pair], 502);
      expect(p?.id, pair.join(': ')).toBe(id);
      expect(p?.version).toBe(version);
    }
  });
  it('prefers the owner of a vendor status, then the Server header, then the innermost layer', () => {
    expect(detectProducer(H(['server', 'cloudflare'], ['x-powered-by', 'Express']), 404)?.id).toBe('cloudflare');
    expect(detectProducer(H(['via', '1.1 x.cloudfront.net (CloudFront)'], ['x-powered-by', 'Express']), 404)?.id).toBe('express');
    expect(detectProducer(H(['server', 'gunicorn'], ['x-amzn-trace-id', 'Root=1-abc']), 460)?.id).toBe('aws-elb');
  });
  it('returns undefined when nothing is recognised, and matches header names case-insensitively', () => {
    expect(detectProducer([], 500)).toBeUndefined();
    expect(detectProducer(H(['server', 'MyServer/1.0']), 500)).toBeUndefined();
    expect(detectProducer(H(['Server', 'nginx']), 500)?.id).toBe('nginx');
  });
  it('keeps hostile values as data, unchanged', () => {
    const evil = '<script>alert(1)</script>\u202Egnp.exe';
    const p = detectProducer(H(['x-nf-request-id', evil]), 404);
    expect(p?.details.requestId).toBe(evil);
  });
  it('bounds a huge detail value', () => {
    const p = detectProducer(H(['x-amz-cf-id', 'a'.repeat(100_000)]), 502);
    expect(p?.details.requestId.length).toBeLessThanOrEqual(201);
  });
});

describe('layers', () => {
  it('lists intermediaries outermost first', () => {
    const h = H(['server', 'nginx/1.25.3'], ['via', '1.1 abc.cloudfront.net (CloudFront)'], ['x-amz-cf-pop', 'CDG50-C1'], ['x-amzn-trace-id', 'Root=1-x']);
    expect(layers(h).map((p) => p.id)).toEqual(['cloudfront', 'aws-elb', 'nginx']);
  });
  it('is empty without evidence', () => {
    expect(layers([])).toEqual([]);
  });
});

describe('edgeOrOrigin', () => {
  const v = (status: number, ...pairs: [string, string][]) => edgeOrOrigin({ status, headers: pairs });
  it('Cloudflare 52x are always edge-generated', () => {
    for (const s of [520, 521, 522, 523, 524, 525, 526, 530]) {
      expect(v(s, ['server', 'cloudflare'], ['cf-ray', '8a1b2c3d4e5f6a7b-AMS'])).toMatchObject({ source: 'edge', reason: 'cloudflare-5xx', producer: { id: 'cloudflare' } });
    }
  });
  it('a Cloudflare 502 without more evidence is unknown', () => {
    expect(v(502, ['server', 'cloudflare'])).toEqual({ source: 'unknown', reason: 'no-evidence' });
  });
  it('Cloudflare challenge', () => {
    expect(v(403, ['server', 'cloudflare'], ['cf-mitigated', 'challenge'])).toMatchObject({ source: 'edge', reason: 'cloudflare-challenge' });
  });
  it('CloudFront: own error vs passed-through origin error', () => {
    expect(v(502, ['server', 'CloudFront'], ['x-cache', 'Error from cloudfront'])).toMatchObject({ source: 'edge', reason: 'cloudfront-own-error' });
    expect(v(404, ['server', 'AmazonS3'], ['x-cache', 'Error from cloudfront'], ['x-amz-cf-id', 'x'])).toMatchObject({ source: 'origin', reason: 'cloudfront-origin-error' });
    expect(v(404, ['x-cache', 'Error from cloudfront'], ['x-amz-cf-id', 'x']).source).toBe('unknown');
  });
  it('nginx 502/504 is the proxy\'s own; other nginx statuses are unknown', () => {
    expect(v(502, ['server', 'nginx'])).toMatchObject({ source: 'edge', reason: 'proxy-gateway-error', producer: { id: 'nginx' } });
    expect(v(504, ['server', 'openresty'])).toMatchObject({ source: 'edge', reason: 'proxy-gateway-error' });
    expect(v(500, ['server', 'nginx']).source).toBe('unknown');
  });
  it('vendor statuses are their owner\'s', () => {
    expect(v(494, ['server', 'nginx'])).toMatchObject({ source: 'edge', reason: 'vendor-status' });
    expect(v(464, ['server', 'awselb/2.0'])).toMatchObject({ source: 'edge', reason: 'vendor-status' });
  });
  it('ALB answering itself vs passing a target response', () => {
    expect(v(503, ['server', 'awselb/2.0'])).toMatchObject({ source: 'edge', reason: 'elb-own' });
    expect(v(500, ['server', 'gunicorn'], ['x-amzn-trace-id', 'Root=1-x'])).toMatchObject({ source: 'origin', reason: 'server-is-origin', producer: { id: 'aws-elb' } });
  });
  it('Akamai, Vercel, Envoy', () => {
    expect(v(403, ['server', 'AkamaiGHost'])).toMatchObject({ source: 'edge', reason: 'akamai-own' });
    expect(v(404, ['server', 'AkamaiNetStorage']).source).toBe('unknown');
    expect(v(500, ['server', 'Vercel'], ['x-vercel-error', 'FUNCTION_INVOCATION_FAILED'])).toMatchObject({ source: 'edge', reason: 'vercel-error' });
    expect(v(503, ['server', 'envoy'])).toMatchObject({ source: 'edge', reason: 'envoy-local-reply' });
    expect(v(503, ['server', 'envoy'], ['x-envoy-upstream-service-time', '30'])).toMatchObject({ source: 'origin', reason: 'envoy-upstream' });
  });
  it('a CDN in front of nginx passing a 404', () => {
    expect(v(404, ['server', 'nginx'], ['x-served-by', 'cache-fra19123-FRA'])).toMatchObject({ source: 'origin', reason: 'server-is-origin', producer: { id: 'fastly' } });
  });
  it('no headers: unknown', () => {
    expect(v(500)).toEqual({ source: 'unknown', reason: 'no-evidence' });
  });
});

describe('products named by their own headers (unit fixtures from each product’s documented headers)', () => {
  const cases: [string, HeaderPair[], string, string?][] = [
    ['Traefik', [['server', 'traefik']], 'traefik'],
    ['Istio', [['server', 'istio-envoy'], ['x-envoy-upstream-service-time', '12']], 'envoy'],
    ['Kong (own answer)', [['server', 'kong/3.4.2'], ['x-kong-response-latency', '0']], 'kong', '3.4.2'],
    ['Kong (proxied, Via only)', [['via', 'kong/3.4.2'], ['x-kong-upstream-latency', '20']], 'kong'],
    ['Tomcat', [['server', 'Apache-Coyote/1.1']], 'tomcat', '1.1'],
    ['Jetty', [['server', 'Jetty(9.4.57.v20241219)']], 'jetty', '9.4.57.v20241219'],
    ['Kestrel', [['server', 'Kestrel']], 'kestrel'],
    ['Werkzeug', [['server', 'Werkzeug/2.2.2 Python/3.11.2']], 'werkzeug', '2.2.2'],
    ['Uvicorn', [['server', 'uvicorn']], 'uvicorn'],
    ['PHP', [['x-powered-by', 'PHP/8.2.36']], 'php', '8.2.36'],
    ['Express', [['x-powered-by', 'Express']], 'express'],
    ['Next.js', [['x-powered-by', 'Next.js']], 'nextjs'],
    ['Next.js cache', [['x-nextjs-cache', 'HIT']], 'nextjs'],
    ['Azure Front Door', [['x-azure-ref', '20261205T101010Z-abc']], 'azure-front-door'],
    ['GitHub Pages', [['server', 'GitHub.com'], ['x-github-request-id', 'ABCD:1234']], 'github-pages'],
    ['Squid by Via', [['via', '1.1 proxy1 (squid/5.7)']], 'squid'],
    ['lighttpd', [['server', 'lighttpd/1.4.69']], 'lighttpd', '1.4.69'],
  ];
  for (const [label, headers, id, version] of cases) {
    it(`${label} → ${id}`, () => {
      const p = detectProducer(headers, 500);
      expect(p?.id).toBe(id);
      if (version) expect(p?.version).toBe(version);
      expect(p?.evidence?.header).toBeTruthy();
    });
  }

  it('names HAProxy only as "likely", from the shape of its built-in errors, and not from a similar page with a Date', () => {
    const shape: HeaderPair[] = [['content-length', '107'], ['cache-control', 'no-cache'], ['content-type', 'text/html']];
    expect(detectProducer(shape, 503)).toMatchObject({ id: 'haproxy', likely: true, evidence: { shape: 'haproxy-builtin' } });
    expect(detectProducer([...shape, ['date', 'Sat, 05 Dec 2026 10:00:00 GMT']], 503)).toBeUndefined();
    expect(detectProducer([...shape, ['server', 'MyApp']], 503)).toBeUndefined();
    expect(detectProducer(shape, 418)).toBeUndefined();
    expect(detectProducer([['content-type', 'text/html'], ['content-length', '141']], 500)).toBeUndefined();
  });
});
