// The diagnosis over what real servers sent: test/fixtures/servers/<product>.json are responses
// captured from Debian's packages (test/fixtures/servers/capture.mjs), passed through the same
// header whitelist the recorder applies. The e2e scenario checks the same servers in the browsers.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepDiagnosticHeaders } from '../core/header-whitelist';
import { diagnose } from './hints';
import { text } from './hint-text.en';
import { rec } from './test-records';
import type { Hint } from './types';

interface Captured {
  product: string;
  packages: Record<string, string>;
  cases: { id: string; path: string; made: string; status: number; headers: [string, string][] }[];
}

const DIR = new URL('../../test/fixtures/servers/', import.meta.url);
const captures: Captured[] = readdirSync(DIR).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Captured);

/**
 * What Status Lens must say for each: the producer it names ('unknown' when nothing in the
 * headers can), the verdict on who made the error (none when the headers cannot tell), and the
 * owner check in the product's own terms that must be among those given.
 */
const EXPECT: Record<string, { producer: string; likely?: boolean; verdict?: string; check?: string }> = {
  'nginx/dead-backend': { producer: 'nginx', verdict: 'proxy-gateway-error', check: 'nginx-upstream-up' },
  'nginx/backend-timeout': { producer: 'nginx', verdict: 'proxy-gateway-error', check: 'nginx-proxy-timeouts' },
  'nginx/auth': { producer: 'nginx', verdict: 'gateway-own-page' },
  'nginx/missing-file': { producer: 'nginx', verdict: 'gateway-own-page' },
  'nginx/app-error': { producer: 'nginx', verdict: 'gateway-passed-on' },
  'nginx/app-missing': { producer: 'nginx', verdict: 'gateway-passed-on' },
  'nginx/php-error': { producer: 'nginx', verdict: 'gateway-passed-on', check: 'php-error-log' },
  'nginx/php-error-quiet': { producer: 'nginx', verdict: 'gateway-passed-on' },
  'nginx/php-fpm-down': { producer: 'nginx', verdict: 'proxy-gateway-error', check: 'nginx-upstream-up' },
  'apache/dead-backend': { producer: 'apache', verdict: 'proxy-gateway-error', check: 'apache-proxy-backend' },
  'apache/backend-timeout': { producer: 'apache', verdict: 'proxy-gateway-error', check: 'apache-proxy-backend' },
  'apache/auth': { producer: 'apache', verdict: 'gateway-own-page' },
  'apache/missing-file': { producer: 'apache', verdict: 'gateway-own-page' },
  'apache/app-error': { producer: 'apache', verdict: 'gateway-passed-on' },
  'haproxy/dead-backend': { producer: 'haproxy', likely: true, verdict: 'haproxy-own', check: 'haproxy-no-server' },
  'haproxy/backend-timeout': { producer: 'haproxy', likely: true, verdict: 'haproxy-own', check: 'haproxy-timeout-server' },
  'haproxy/auth': { producer: 'haproxy', likely: true, verdict: 'haproxy-own' },
  // HAProxy passes the application's answer on without a trace of itself: nothing can name it.
  'haproxy/app-error': { producer: 'unknown' },
  'haproxy/app-missing': { producer: 'unknown' },
  'varnish/dead-backend': { producer: 'varnish', verdict: 'varnish-own', check: 'varnish-backend' },
  'varnish/backend-timeout': { producer: 'varnish', verdict: 'varnish-own', check: 'varnish-first-byte-timeout' },
  'varnish/app-error': { producer: 'varnish', verdict: 'gateway-passed-on' },
  'varnish/app-missing': { producer: 'varnish', verdict: 'gateway-passed-on' },
  'squid/dead-backend': { producer: 'squid', verdict: 'squid-own', check: 'squid-cache-peer' },
  'squid/backend-timeout': { producer: 'squid', verdict: 'squid-own', check: 'squid-read-timeout' },
  'squid/denied': { producer: 'squid', verdict: 'squid-own', check: 'squid-http-access' },
  'squid/app-error': { producer: 'squid', verdict: 'gateway-passed-on' },
  'caddy/dead-backend': { producer: 'caddy', verdict: 'proxy-gateway-error', check: 'caddy-upstream' },
  'caddy/backend-timeout': { producer: 'caddy', verdict: 'proxy-gateway-error', check: 'caddy-upstream-timeout' },
  'caddy/auth': { producer: 'caddy', verdict: 'gateway-own-page' },
  'caddy/missing-file': { producer: 'caddy', verdict: 'gateway-own-page' },
  'caddy/app-error': { producer: 'caddy', verdict: 'gateway-passed-on' },
  'lighttpd/dead-backend': { producer: 'lighttpd', verdict: 'proxy-gateway-error', check: 'lighttpd-proxy-backend' },
  'lighttpd/auth': { producer: 'lighttpd', verdict: 'gateway-own-page' },
  'lighttpd/missing-file': { producer: 'lighttpd', verdict: 'gateway-own-page' },
  'lighttpd/app-error': { producer: 'lighttpd', verdict: 'gateway-passed-on' },
  // Gunicorn's own page for an exception carries no Server and no Date header.
  'gunicorn/app-crash': { producer: 'unknown' },
  'gunicorn/app-error': { producer: 'gunicorn', verdict: 'app-server-response' },
  'gunicorn/app-missing': { producer: 'gunicorn', verdict: 'app-server-response' },
};

function diagnoseCaptured(c: Captured['cases'][number]): Hint[] {
  const headers = keepDiagnosticHeaders(c.headers.map(([name, value]) => ({ name, value })));
  return diagnose(rec({ status: c.status, headers, url: `http://127.0.0.1${c.path}` }), Date.now());
}

describe('diagnosis of real servers’ responses (test/fixtures/servers)', () => {
  it('has captures of at least eight products, each case with an expectation', () => {
    expect(captures.length).toBeGreaterThanOrEqual(8);
    const keys = captures.flatMap((p) => p.cases.map((c) => `${p.product}/${c.id}`));
    expect(keys.sort()).toEqual(Object.keys(EXPECT).sort());
  });

  for (const p of captures) {
    describe(`${p.product} (${Object.entries(p.packages).map(([k, v]) => `${k} ${v}`).join(', ')})`, () => {
      for (const c of p.cases) {
        const want = EXPECT[`${p.product}/${c.id}`];
        it(`${c.id}: ${c.status} → ${want?.producer}${want?.verdict ? `, ${want.verdict}` : ''}`, () => {
          const hints = diagnoseCaptured(c);
          const producer = hints.find((h) => h.id === 'producer');
          if (want.producer === 'unknown') {
            expect(producer).toBeUndefined();
            expect(hints.some((h) => h.id === 'producer-unknown')).toBe(true);
          } else {
            expect(producer?.params.id).toBe(want.producer);
            expect(producer?.params.likely === true).toBe(want.likely === true);
            // One line says what the evidence is.
            expect(text.formatHint(producer!)).toMatch(want.likely ? /^Likely .*: no Server and no Date/ : /Evidence: [\w-]+: ./);
          }
          const verdict = hints.find((h) => h.id === 'edge-generated' || h.id === 'origin-generated');
          expect(verdict?.params.reason).toBe(want.verdict);
          if (want.verdict) {
            expect(verdict!.id).toBe(c.made === 'application' ? 'origin-generated' : 'edge-generated');
            expect(text.formatHint(verdict!).length).toBeGreaterThan(20);
          }
          const checks = hints.filter((h) => h.id === 'owner-check').map((h) => h.params.check);
          if (want.check) expect(checks).toContain(want.check);
        });
      }
    });
  }

  it('says the PHP application, not nginx, wrote the 500 nginx passed on', () => {
    const php = captures.find((p) => p.product === 'nginx')!.cases.find((c) => c.id === 'php-error')!;
    const words = diagnoseCaptured(php).map((h) => text.formatHint(h)).join('\n');
    expect(words).toContain('The application behind nginx (PHP 8.2');
    expect(words).toContain('X-Powered-By: PHP/8.2');
    expect(words).not.toMatch(/nginx produced this error itself/);
  });

  it('does not call Caddy serving a missing file a reverse proxy', () => {
    const c = captures.find((p) => p.product === 'caddy')!.cases.find((x) => x.id === 'missing-file')!;
    const words = diagnoseCaptured(c).map((h) => text.formatHint(h)).join('\n');
    expect(words).toContain('Served by Caddy (web server)');
    expect(words).not.toMatch(/reverse proxy|forwards requests/);
  });

  it('decodes Squid’s X-Squid-Error in plain words', () => {
    const c = captures.find((p) => p.product === 'squid')!.cases.find((x) => x.id === 'backend-timeout')!;
    const hint = diagnoseCaptured(c).find((h) => h.id === 'squid-error')!;
    expect(text.formatHint(hint)).toBe('Squid says the server behind Squid did not answer within read_timeout.');
  });
});
