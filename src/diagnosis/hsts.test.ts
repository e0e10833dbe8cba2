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
