// The body's producer and the headers' in one "why here", on real responses: headers captured
// from the Debian servers (test/fixtures/servers) with the bodies of the same cases
// (test/fixtures/bodies/real).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HeaderPair, TabRecord } from '../core/types';
import { parseBody } from '../body/parse-body';
import { bodyDiagnosis } from './body-hints';
import { bodyText } from './body-text.en';

interface Capture { cases: { id: string; status: number; headers: HeaderPair[] }[] }
const headersOf = (product: string, id: string): { status: number; headers: HeaderPair[] } => {
  const cap: Capture = JSON.parse(readFileSync(new URL(`../../test/fixtures/servers/${product}.json`, import.meta.url), 'utf8'));
  const c = cap.cases.find((x) => x.id === id)!;
  return { status: c.status, headers: c.headers.map(([k, v]) => [k.toLowerCase(), v]) };
};
const body = (file: string) => readFileSync(new URL(`../../test/fixtures/bodies/real/${file}`, import.meta.url), 'utf8');

function record(status: number, headers: HeaderPair[], url = 'http://127.0.0.1:8080/x'): TabRecord {
  return { key: `${status}|GET|${url}`, status, statusLine: '', method: 'GET', type: 'xmlhttprequest', url, frame: 'sub', time: 0, lastTime: 0, count: 1, fromCache: false, headers, seq: 1 };
}

const ids = (d: ReturnType<typeof bodyDiagnosis>) => d.hints.map((h) => h.id);

describe('bodyDiagnosis on real responses', () => {
  it('nginx 502: the page agrees with Server: nginx', () => {
    const { status, headers } = headersOf('nginx', 'dead-backend');
    const d = bodyDiagnosis(record(status, headers), { body: parseBody({ text: body('nginx-dead-backend.html'), contentType: 'text/html' }) });
    expect(ids(d)).toEqual(['body-message', 'body-producer-agrees']);
    expect(bodyText.formatBodyHint(d.hints[1])).toBe('The body agrees with the headers: it is nginx 1.22.1\'s own error page ("<center>nginx/1.22.1</center>").');
  });

  it('Varnish 503 without its headers: the page names Varnish, and Varnish\'s owner checks follow', () => {
    const d = bodyDiagnosis(record(503, []), { body: parseBody({ text: body('varnish-dead-backend.html'), contentType: 'text/html' }) });
    expect(ids(d)).toContain('body-producer-only');
    expect(d.ownerChecks.map((h) => h.params.check)).toContain('varnish-backend');
  });

  it('HAProxy\'s page behind a Server: nginx header: both named, disagreement said', () => {
    const { headers } = headersOf('nginx', 'dead-backend');
    const d = bodyDiagnosis(record(503, headers), { body: parseBody({ text: body('haproxy-dead-backend.html'), contentType: 'text/html' }) });
    const h = d.hints.find((x) => x.id === 'body-producer-disagrees')!;
    expect(h.severity).toBe('warn');
    expect(bodyText.formatBodyHint(h)).toMatch(/headers name nginx, but the body is HAProxy's own error page \("no server is available to handle this request"\)/);
  });

  it('Squid\'s page: its ERR_ code quoted', () => {
    const { status, headers } = headersOf('squid', 'dead-backend');
    const d = bodyDiagnosis(record(status, headers), { body: parseBody({ text: body('squid-dead-backend.html'), contentType: 'text/html' }) });
    const h = d.hints.find((x) => x.id === 'body-producer-agrees')!;
    expect(bodyText.formatBodyHint(h)).toContain('error ERR_READ_ERROR');
  });

  it('PHP errors on the page: debug output is public', () => {
    const d = bodyDiagnosis(record(200, []), { body: parseBody({ text: body('php-display-errors.html'), contentType: 'text/html' }) });
    const h = d.hints.find((x) => x.id === 'body-debug-public')!;
    expect(h.severity).toBe('warn');
    expect(bodyText.formatBodyHint(h)).toMatch(/^Debug output is public: this response shows PHP errors printed to the page/);
  });

  it('GraphQL errors in a 200 are their own hint; in a 500 they are the body\'s message', () => {
    const text = '{"data":null,"errors":[{"message":"Not authorised","extensions":{"code":"FORBIDDEN"}}]}';
    expect(ids(bodyDiagnosis(record(200, []), { body: parseBody({ text, contentType: 'application/json' }) }))).toEqual(['body-graphql-200']);
    expect(ids(bodyDiagnosis(record(500, []), { body: parseBody({ text, contentType: 'application/json' }) }))).toEqual(['body-message']);
  });

  it('no body: the reason is said', () => {
    const d = bodyDiagnosis(record(502, []), { noBody: 'before-devtools' });
    expect(bodyText.formatBodyHint(d.hints[0])).toMatch(/^No body to read: the request finished before DevTools was open/);
  });

  it('timing: nginx 504 after 2.0 s (proxy_read_timeout 2s) names the timeout, set away from its default', () => {
    const { headers } = headersOf('nginx', 'backend-timeout');
    const d = bodyDiagnosis(record(504, headers), { timing: { totalMs: 2_013, waitMs: 2_004 } });
    expect(ids(d)).toEqual(['timing', 'timing-timeout']);
    expect(bodyText.formatBodyHint(d.hints[0])).toBe('Took 2.01 s in all, of which 2.00 s waiting for the first byte (the server\'s time).');
    expect(bodyText.formatBodyHint(d.hints[1])).toMatch(/^The error came after 2 s, a round number: likely nginx proxy_read_timeout \(default 60 s\), set to 2 s here/);
  });

  it('timing: a 504 after 60 s from an unnamed server lists the usual 60 s timeouts', () => {
    const d = bodyDiagnosis(record(504, []), { timing: { totalMs: 60_040, waitMs: 60_020 } });
    expect(bodyText.formatBodyHint(d.hints[1])).toMatch(/a common default: likely one of nginx proxy_read_timeout \(default 60 s\), the AWS load balancer's idle timeout \(default 60 s\)/);
  });
});
