import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_SECONDS, parseHttpDate, parseRetryAfter } from './retry-after';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toEqual({ kind: 'seconds', seconds: 120, at: NOW + 120_000 });
    expect(parseRetryAfter(' 0 ', NOW)).toEqual({ kind: 'seconds', seconds: 0, at: NOW });
  });
  it('reads the three HTTP-date formats', () => {
    const at = Date.UTC(2025, 0, 15, 12, 5, 0);
    expect(parseRetryAfter('Wed, 15 Jan 2025 12:05:00 GMT', NOW)).toEqual({ kind: 'date', at, seconds: 300 });
    expect(parseRetryAfter('Wednesday, 15-Jan-25 12:05:00 GMT', NOW)).toEqual({ kind: 'date', at, seconds: 300 });
    expect(parseRetryAfter('Wed Jan 15 12:05:00 2025', NOW)).toEqual({ kind: 'date', at, seconds: 300 });
    expect(parseRetryAfter('Wed Jan  5 12:05:00 2025', NOW).kind).toBe('date');
  });
  it('treats a past date as "now", not a negative wait', () => {
    expect(parseRetryAfter('Mon, 13 Jan 2025 00:00:00 GMT', NOW)).toMatchObject({ kind: 'date', seconds: 0 });
  });
  it('rejects malformed values without throwing', () => {
    const bad = ['soon', '', '   ', '-5', '1.5', '+10', '10s', '0x10', 'Infinity', 'NaN', '99999999999999999999',
      String(MAX_RETRY_AFTER_SECONDS + 1), 'Wed, 31 Feb 2025 12:00:00 GMT', 'Wed, 15 Jan 2025 25:00:00 GMT',
      'Wed, 15 Jan 2025 12:05:00 PST', '2025-01-15T12:05:00Z', 'Fri, 01 Jan 9999 00:00:00 GMT', '120, 130',
      '<script>alert(1)</script>', '\u202E021', 'x'.repeat(100_000)];
    for (const raw of bad) expect(parseRetryAfter(raw, NOW), JSON.stringify(raw.slice(0, 40))).toEqual({ kind: 'invalid', raw });
  });
  it('accepts the largest allowed delay', () => {
    expect(parseRetryAfter(String(MAX_RETRY_AFTER_SECONDS), NOW).kind).toBe('seconds');
  });
  it('never throws on non-string input', () => {
    expect(parseRetryAfter(undefined as unknown as string, NOW).kind).toBe('invalid');
  });
});

describe('parseHttpDate', () => {
  it('resolves RFC 850 two-digit years within 50 years of now', () => {
    expect(new Date(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW)!).getUTCFullYear()).toBe(1994);
    expect(new Date(parseHttpDate('Monday, 06-Nov-28 08:49:37 GMT', NOW)!).getUTCFullYear()).toBe(2028);
  });
  it('handles the RFC 9110 example date and a leap second', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Wed, 31 Dec 2025 23:59:60 GMT', NOW)).toBe(Date.UTC(2025, 11, 31, 23, 59, 59));
  });
});
