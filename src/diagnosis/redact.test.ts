import { describe, expect, it } from 'vitest';
import { REDACTED, redactHeaderValue, redactHeaders, redactRecord, redactUrl } from './redact';
import { rec } from './test-records';

describe('redactUrl', () => {
  it('redacts secret query parameters, keeping the others byte for byte', () => {
    expect(redactUrl('https://a.example/cb?code=abc123&state=xyz&lang=en%20GB'))
      .toBe('https://a.example/cb?code=REDACTED&state=xyz&lang=en%20GB');
    expect(redactUrl('https://a.example/?API_KEY=k&Access_Token=t&keyboard=qwerty&q=a+b'))
      .toBe('https://a.example/?API_KEY=REDACTED&Access_Token=REDACTED&keyboard=qwerty&q=a+b');
  });
  it('redacts S3 presigned URL parameters', () => {
    const u = 'https://b.s3.amazonaws.com/f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F2025&X-Amz-Date=20250101T000000Z&X-Amz-Expires=900&X-Amz-Security-Token=IQo&X-Amz-Signature=deadbeef';
    expect(redactUrl(u)).toBe('https://b.s3.amazonaws.com/f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED&X-Amz-Date=20250101T000000Z&X-Amz-Expires=900&X-Amz-Security-Token=REDACTED&X-Amz-Signature=REDACTED');
  });
  it('redacts percent-encoded parameter names', () => {
    expect(redactUrl('https://a.example/?%74oken=x')).toBe('https://a.example/?%74oken=REDACTED');
  });
  it('redacts userinfo', () => {
    expect(redactUrl('https://user:pa55@a.example/x')).toBe(`https://${REDACTED}:${REDACTED}@a.example/x`);
    expect(redactUrl('ftp://anonymous@a.example/')).toBe(`ftp://${REDACTED}@a.example/`);
    expect(redactUrl('https://a.example/path@thing')).toBe('https://a.example/path@thing');
  });
  it('redacts the fragment of an OAuth implicit-flow redirect', () => {
    expect(redactUrl('https://app.example/#access_token=abc&token_type=bearer&expires_in=3600'))
      .toBe('https://app.example/#access_token=REDACTED&token_type=bearer&expires_in=3600');
    expect(redactUrl('https://a.example/doc#section-2')).toBe('https://a.example/doc#section-2');
  });
  it('redacts path session ids and token-shaped values', () => {
    expect(redactUrl('https://a.example/app;jsessionid=ABC123?x=1')).toBe('https://a.example/app;jsessionid=REDACTED?x=1');
    expect(redactUrl('https://a.example/verify?t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghij')).toBe('https://a.example/verify?t=REDACTED');
  });
  it('keeps empty values empty', () => {
    expect(redactUrl('https://a.example/?token=&a=1')).toBe('https://a.example/?token=&a=1');
  });
  it('redacts malformed URLs by the same rules, never throwing', () => {
    expect(redactUrl('not a url?password=hunter2&x=%E0%A4%A')).toBe('not a url?password=REDACTED&x=%E0%A4%A');
    expect(redactUrl('http://us er:pw@[bad/?sig=1')).toBe('http://REDACTED:REDACTED@[bad/?sig=REDACTED');
    expect(redactUrl('?%zz=1&secret=%zz')).toBe('?%zz=1&secret=REDACTED');
    expect(redactUrl('')).toBe('');
    expect(redactUrl(undefined as unknown as string)).toBe('');
  });
  it('handles a 100 KB URL quickly', () => {
    const long = 'https://a.example/?q=' + 'x'.repeat(50_000) + '&token=' + 'y'.repeat(50_000);
    const t = performance.now();
    expect(redactUrl(long)).toBe('https://a.example/?q=' + 'x'.repeat(50_000) + '&token=REDACTED');
    redactUrl('https://a.example/' + 'a.'.repeat(50_000));
    redactUrl('https://a.example/?' + '&'.repeat(100_000));
    expect(performance.now() - t).toBeLessThan(1000);
  });
  it('leaves HTML and direction controls as data', () => {
    const u = 'https://a.example/<script>alert(1)</script>?q=\u202Etxt.exe';
    expect(redactUrl(u)).toBe(u);
  });
});

describe('redactHeaderValue', () => {
  it('blanks credential headers', () => {
    for (const n of ['cookie', 'Set-Cookie', 'authorization', 'proxy-authorization', 'x-api-key', 'x-session-token']) {
      expect(redactHeaderValue(n, 'anything'), n).toBe(REDACTED);
    }
  });
  it('redacts bearer tokens and tokens in URLs inside other headers', () => {
    expect(redactHeaderValue('x-debug', 'sent Bearer abcdefghijklmnop, ok')).toBe('sent Bearer REDACTED, ok');
    expect(redactHeaderValue('location', '/cb?code=xyz')).toBe('/cb?code=REDACTED');
    expect(redactHeaderValue('link', '<https://a.example/?token=t>; rel="next"')).toBe('<https://a.example/?token=REDACTED>; rel="next"');
    expect(redactHeaderValue('refresh', '5; url=/next?sid=abc')).toBe('5; url=/next?sid=REDACTED');
    expect(redactHeaderValue('refresh', "0;URL='/x?token=1'")).toBe("0;URL='/x?token=REDACTED'");
  });
  it('keeps challenges readable', () => {
    const v = 'Bearer realm="example_realm_name", error="invalid_token"';
    expect(redactHeaderValue('www-authenticate', v)).toBe(v);
  });
  it('keeps ordinary headers unchanged', () => {
    for (const [n, v] of [['server', 'nginx/1.25'], ['cf-ray', '8a1b2c3d4e5f6a7b-FRA'], ['retry-after', '120'], ['x-debug', '<b>\u202E</b>']]) {
      expect(redactHeaderValue(n, v)).toBe(v);
    }
  });
});

describe('redactRecord', () => {
  it('redacts url, key, redirectTo and headers without touching the input', () => {
    const r = rec({ status: 302, url: 'https://a.example/?token=t', redirectTo: 'https://b.example/#access_token=x', headers: [['location', 'https://b.example/#access_token=x'], ['server', 'nginx']] });
    const out = redactRecord(r);
    expect(out.url).toBe('https://a.example/?token=REDACTED');
    expect(out.key).toBe('302|GET|https://a.example/?token=REDACTED');
    expect(out.redirectTo).toBe('https://b.example/#access_token=REDACTED');
    expect(out.headers).toEqual([['location', 'https://b.example/#access_token=REDACTED'], ['server', 'nginx']]);
    expect(r.url).toBe('https://a.example/?token=t');
  });
  it('redactHeaders maps pairs', () => {
    expect(redactHeaders([['authorization', 'Basic x']])).toEqual([['authorization', REDACTED]]);
  });
});

// The security review's leaking URLs, and more: nothing after REDACTED may hold "S3CRET".
describe('redaction where secrets really are (table)', () => {
  const CASES: [string, string][] = [
    ['https://app.example/login?next=/cb?token=S3CRET', 'https://app.example/login?next=/cb?token=REDACTED'],
    ['https://app.example/login?redirect_uri=https%3A%2F%2Fapp%2Fcb%3Ftoken%3DS3CRET', 'https://app.example/login?redirect_uri=https%3A%2F%2Fapp%2Fcb%3Ftoken%3DREDACTED'],
    ['https://app.example/go?next=https://user:S3CRET@host/', 'https://app.example/go?next=https://REDACTED:REDACTED@host/'],
    ['https://app.example/x?x=1;access_token=S3CRET', 'https://app.example/x?x=1;access_token=REDACTED'],
    ['https://app.example/reset/Zq8xK2mN4pL7vR9tW3yB6cD1', 'https://app.example/reset/REDACTED'],
    ['https://app.example/verify/3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e/confirm', 'https://app.example/verify/REDACTED/confirm'],
    ['https://app.example/dl/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'https://app.example/dl/REDACTED'],
    ['https://app.example/?pw=S3CRET&pin=1234&passcode=S3CRET&page=2', 'https://app.example/?pw=REDACTED&pin=REDACTED&passcode=REDACTED&page=2'],
    // Django's password reset: /reset/<uidb64>/<timestamp-hash>/
    ['https://app.example/reset/MQ/c4b2g9-3f8e5e1c0a2d7e3b4a6c8f9d0e1a2b3c/', 'https://app.example/reset/MQ/REDACTED/'],
    // Python's secrets.token_urlsafe(16), and under a name that says nothing
    ['https://app.example/reset/Drmhze6EPcv0fN_81Bj-nA', 'https://app.example/reset/REDACTED'],
    ['https://app.example/reset?t=Drmhze6EPcv0fN_81Bj-nA&lang=en', 'https://app.example/reset?t=REDACTED&lang=en'],
    // Standard base64 with padding; Rails' signed blob id ("data--digest")
    ['https://app.example/verify/dGhpcyBpcyBhIHNlY3JldCB0b2tlbg==', 'https://app.example/verify/REDACTED'],
    ['https://app.example/rails/active_storage/blobs/redirect/eyJfcmFpbHMiOnsibWVzc2FnZSI6IkJBaHBCdz09In19--1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e/f.pdf',
      'https://app.example/rails/active_storage/blobs/redirect/REDACTED/f.pdf'],
    // A nested URL encoded twice
    ['https://app.example/go?r=https%253A%252F%252Fapp%252Fcb%253Ftoken%253DS3CRET', 'https://app.example/go?r=https%253A%252F%252Fapp%252Fcb%253Ftoken%253DREDACTED'],
    // Single-page-app routes in the fragment
    ['https://app.example/#/reset/c4b2g9-3f8e5e1c0a2d7e3b4a6c8f9d0e1a2b3c', 'https://app.example/#/reset/REDACTED'],
    ['https://app.example/#/cb?code=S3CRET&state=ok', 'https://app.example/#/cb?code=REDACTED&state=ok'],
    ['https://shop.example/pay?cvv=123&mfa=654321&step=2', 'https://shop.example/pay?cvv=REDACTED&mfa=REDACTED&step=2'],
  ];
  it.each(CASES)('%s', (url, want) => {
    expect(redactUrl(url)).toBe(want);
    expect(redactUrl(url)).not.toContain('S3CRET');
  });
  it('leaves ordinary paths, slugs, dates, numeric ids, product names, versions and asset names alone', () => {
    for (const u of ['https://a.example/orders/123456789012345678901', 'https://a.example/blog/how-to-reset-your-password-2024',
      'https://a.example/2024/12/05/release-notes', 'https://a.example/static/app.3f2a9c1e.js', 'https://a.example/users/alice/settings',
      'https://a.example/p/ps5-vs-xbox360-comparison', 'https://a.example/products/iPhone15ProMaxCase',
      'https://a.example/dl/windows-10-x64-v2004-installer', 'https://a.example/?utm_campaign=spring_sale_2024_email_v2',
      'https://a.example/static/js/main.3f2a9b8c.chunk.js', 'https://a.example/?q=caf%C3%A9&n=100%25',
      'https://a.example/login?next=/account/settings?tab=2', 'https://a.example/#/orders/12345?view=list',
      'https://a.example/2024-12-05T10:00:00Z/report']) {
      expect(redactUrl(u), u).toBe(u);
    }
  });
  it('redacts every <…> of a Link header, relative ones too', () => {
    expect(redactHeaderValue('link', '</next?cursor=1&token=S3CRET>; rel="next", <https://a.example/?sig=S3CRET>; rel="prev"'))
      .toBe('</next?cursor=1&token=REDACTED>; rel="next", <https://a.example/?sig=REDACTED>; rel="prev"');
  });
  it('stops nesting after a few levels and stays linear', () => {
    let u = 'https://x/?token=S3CRET';
    for (let i = 0; i < 50; i++) u = `https://x/?next=${encodeURIComponent(u)}`;
    const t = performance.now();
    redactUrl(u.slice(0, 8192));
    expect(performance.now() - t).toBeLessThan(500);
  });
  it('past the nesting limit the whole value goes, never the secret', () => {
    let u = 'https://x/?token=S3CRET';
    for (let i = 0; i < 6; i++) u = `https://x/?next=${encodeURIComponent(u)}`;
    expect(redactUrl(u)).not.toContain('S3CRET');
    let raw = 'https://x/?token=S3CRET';
    for (let i = 0; i < 6; i++) raw = `https://x/?next=${raw.replace(/&/g, '%26')}`;
    expect(redactUrl(raw)).not.toContain('S3CRET');
  });
});
