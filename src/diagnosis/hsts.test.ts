import { describe, expect, it } from 'vitest';
import { detectInternalRedirect } from './hsts';

describe('detectInternalRedirect', () => {
  it('recognises Chrome\'s HSTS 307', () => {
    expect(detectInternalRedirect({ status: 307, statusLine: 'HTTP/1.1 307 Internal Redirect', headers: [['non-authoritative-reason', 'HSTS'], ['location', 'https://a.example/']] }))
      .toEqual({ reason: 'HSTS', hsts: true });
  });
  it('recognises other browser redirects', () => {
    expect(detectInternalRedirect({ status: 307, statusLine: '', headers: [['non-authoritative-reason', 'Delegate']] })).toEqual({ reason: 'Delegate', hsts: false });
    expect(detectInternalRedirect({ status: 307, statusLine: 'HTTP/1.1 307 Internal Redirect', headers: [] })).toEqual({ reason: '', hsts: false });
  });
  it('leaves server redirects alone', () => {
    expect(detectInternalRedirect({ status: 307, statusLine: 'HTTP/1.1 307 Temporary Redirect', headers: [['location', '/x']] })).toBeUndefined();
    expect(detectInternalRedirect({ status: 301, statusLine: '', headers: [['non-authoritative-reason', 'HSTS']] })).toBeUndefined();
  });
});

describe('a server posing as the browser', () => {
  const hsts = { status: 307, statusLine: 'HTTP/1.1 307 Internal Redirect', headers: [['non-authoritative-reason', 'HSTS']] as [string, string][] };
  it('is the browser only with no server IP and the same URL with https', () => {
    expect(detectInternalRedirect({ ...hsts, url: 'http://a.example/x?q=1', redirectTo: 'https://a.example/x?q=1' })).toEqual({ reason: 'HSTS', hsts: true });
    expect(detectInternalRedirect({ ...hsts, url: 'http://a.example:80/x', redirectTo: 'https://a.example/x' })).toEqual({ reason: 'HSTS', hsts: true });
  });
  it('is a server redirect when a server IP answered or the target differs', () => {
    expect(detectInternalRedirect({ ...hsts, url: 'http://a.example/x', redirectTo: 'https://a.example/x', ip: '203.0.113.9' })).toBeUndefined();
    expect(detectInternalRedirect({ ...hsts, url: 'https://a.example/x', redirectTo: 'http://a.example/x' })).toBeUndefined();
    expect(detectInternalRedirect({ ...hsts, url: 'http://a.example/x', redirectTo: 'https://evil.example/x' })).toBeUndefined();
    expect(detectInternalRedirect({ ...hsts, url: 'http://a.example/x', headers: [['non-authoritative-reason', 'HSTS'], ['location', 'http://a.example/y']] })).toBeUndefined();
  });
});
