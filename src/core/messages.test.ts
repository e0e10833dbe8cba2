import { describe, expect, it } from 'vitest';
import { isEnvelope, isOwnSender } from './messages';

describe('messages', () => {
  it('accepts only well-formed envelopes', () => {
    expect(isEnvelope({ name: 'getTab', request: { tabId: 3 } })).toBe(true);
    expect(isEnvelope({ name: 'getTabHead', request: { tabId: 3 } })).toBe(true);
    expect(isEnvelope({ name: 'getTab', request: { tabId: '3' } })).toBe(false);
    expect(isEnvelope({ name: 'eval', request: {} })).toBe(false);
    expect(isEnvelope('getTab')).toBe(false);
    expect(isEnvelope(null)).toBe(false);
  });
  it('accepts only our own extension pages', () => {
    const origin = 'chrome-extension://abc/';
    expect(isOwnSender({ id: 'abc', url: 'chrome-extension://abc/src/popup/index.html' }, 'abc', origin)).toBe(true);
    expect(isOwnSender({ id: 'evil', url: 'chrome-extension://evil/x.html' }, 'abc', origin)).toBe(false);
    expect(isOwnSender({ id: 'abc', url: 'https://example.com/' }, 'abc', origin)).toBe(false);
    expect(isOwnSender({ id: 'abc' }, 'abc', origin)).toBe(false);
    expect(isOwnSender(undefined, 'abc', origin)).toBe(false);
  });
});
