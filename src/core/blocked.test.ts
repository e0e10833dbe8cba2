import { describe, expect, it } from 'vitest';
import { blockedKind, isBlockedHere, isExtensionAbort, isOwnAbort } from './blocked';

describe('blockedKind (what each browser reported, measured in test/e2e/blocker-scenario.ts)', () => {
  it('names what the user’s own browser blocked', () => {
    expect(blockedKind(0, 'net::ERR_BLOCKED_BY_CLIENT')).toBe('extension');
    expect(blockedKind(0, 'net::ERR_BLOCKED_BY_ADMINISTRATOR')).toBe('administrator');
    for (const n of ['TRACKING', 'FINGERPRINTING', 'CRYPTOMINING', 'SOCIALTRACKING', 'EMAILTRACKING']) {
      expect(blockedKind(0, `NS_ERROR_${n}_URI`)).toBe('tracking-protection');
    }
  });
  it('takes Firefox’s NS_ERROR_ABORT for an extension’s block only when the request never left the browser', () => {
    // uBlock Origin, a webRequest { cancel: true }, declarativeNetRequest: no headers sent, no address.
    expect(blockedKind(0, 'NS_ERROR_ABORT', { ip: null, sent: false })).toBe('extension');
    // Sent long before, and forgotten by the bounded record of sent requests: still no address.
    expect(blockedKind(0, 'NS_ERROR_ABORT', {})).toBe('extension');
    // EventSource.close() before the response: the headers went out.
    expect(blockedKind(0, 'NS_ERROR_ABORT', { ip: null, sent: true })).toBeUndefined();
    // EventSource closed (or refused for its MIME type) after a 2xx response: a server answered.
    expect(blockedKind(0, 'NS_ERROR_ABORT', { ip: '127.0.0.1', sent: true })).toBeUndefined();
    expect(blockedKind(0, 'NS_ERROR_ABORT', { ip: '127.0.0.1' })).toBeUndefined();
  });
  it('leaves ordinary aborts, site-set policies and real failures alone', () => {
    for (const e of ['net::ERR_ABORTED', 'NS_BINDING_ABORTED', 'net::ERR_BLOCKED_BY_CSP', 'net::ERR_BLOCKED_BY_ORB',
      'NS_ERROR_ABORTED_SOMETHING', 'net::ERR_CONNECTION_REFUSED', 'NS_ERROR_MALWARE_URI', 'NS_ERROR_BLOCKED_URI']) {
      expect(blockedKind(0, e), e).toBeUndefined();
    }
    expect(blockedKind(404, undefined)).toBeUndefined();
    // A response arrived before the cancel: the site did answer.
    expect(blockedKind(404, 'NS_ERROR_ABORT')).toBeUndefined();
    expect(blockedKind(404, 'net::ERR_BLOCKED_BY_CLIENT')).toBeUndefined();
  });
  it('reads the verdict the recorder stored, not the error name', () => {
    expect(isBlockedHere({ blocked: 'extension' })).toBe(true);
    expect(isBlockedHere({})).toBe(false);
  });
});

describe("Firefox's NS_ERROR_ABORT: an extension's block or the page's own cancel", () => {
  it('follows the recorder’s verdict, and every NS_ERROR_ABORT is exactly one of the two', () => {
    const blocked = { error: 'NS_ERROR_ABORT', blocked: 'extension' as const };
    const own = { error: ' NS_ERROR_ABORT ' };
    expect([isExtensionAbort(blocked), isOwnAbort(blocked)]).toEqual([true, false]);
    expect([isExtensionAbort(own), isOwnAbort(own)]).toEqual([false, true]);
  });

  it('leaves every other error to the other rules', () => {
    for (const r of [{ error: 'NS_BINDING_ABORTED' }, { error: 'net::ERR_BLOCKED_BY_CLIENT', blocked: 'extension' as const }, {}]) {
      expect([isExtensionAbort(r), isOwnAbort(r)]).toEqual([false, false]);
    }
  });
});
