import { describe, expect, it } from 'vitest';
import { blockedKind } from './blocked';

describe('blockedKind (names measured in test/e2e/blocker-scenario.ts)', () => {
  it('names what the user’s own browser blocked', () => {
    expect(blockedKind(0, 'net::ERR_BLOCKED_BY_CLIENT')).toBe('extension');
    expect(blockedKind(0, 'NS_ERROR_ABORT')).toBe('extension');
    expect(blockedKind(0, 'net::ERR_BLOCKED_BY_ADMINISTRATOR')).toBe('administrator');
    for (const n of ['TRACKING', 'FINGERPRINTING', 'CRYPTOMINING', 'SOCIALTRACKING', 'EMAILTRACKING']) {
      expect(blockedKind(0, `NS_ERROR_${n}_URI`)).toBe('tracking-protection');
    }
  });
  it('leaves ordinary aborts, site-set policies and real failures alone', () => {
    for (const e of ['net::ERR_ABORTED', 'NS_BINDING_ABORTED', 'net::ERR_BLOCKED_BY_CSP', 'net::ERR_BLOCKED_BY_ORB',
      'NS_ERROR_ABORTED_SOMETHING', 'net::ERR_CONNECTION_REFUSED', 'NS_ERROR_MALWARE_URI']) {
      expect(blockedKind(0, e), e).toBeUndefined();
    }
    expect(blockedKind(404, undefined)).toBeUndefined();
    // A response arrived before the cancel: the site did answer.
    expect(blockedKind(404, 'NS_ERROR_ABORT')).toBeUndefined();
  });
});
