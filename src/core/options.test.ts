import { describe, expect, it } from 'vitest';
import { defaults, hostOf, isHostIgnored, isShown, normalizeOptions, parseHostList } from './options';
import type { TabRecord } from './types';

describe('options', () => {
  it('normalizes junk to defaults', () => {
    expect(normalizeOptions(undefined)).toEqual(defaults);
    expect(normalizeOptions({ badge: 'yes', language: 'xx', groups: { '3xx': false, nope: true } })).toEqual({
      ...defaults, groups: { ...defaults.groups, '3xx': false },
    });
  });
  it('parses host lists', () => {
    expect(parseHostList('https://www.google-analytics.com/collect\n*.doubleclick.net, example.com:8080\n\n<script>')).toEqual([
      'www.google-analytics.com', 'doubleclick.net', 'example.com',
    ]);
  });
  it('matches hosts by suffix, never by substring', () => {
    expect(hostOf('https://user:pw@Cdn.Example.com:8443/x')).toBe('cdn.example.com');
    expect(isHostIgnored('https://cdn.example.com/x', ['example.com'])).toBe(true);
    expect(isHostIgnored('https://notexample.com/x', ['example.com'])).toBe(false);
    expect(isHostIgnored('data:text/html,x', ['example.com'])).toBe(false);
  });
  it('hides groups and hosts', () => {
    const r = { status: 301, url: 'https://a.com/' } as TabRecord;
    expect(isShown(r, defaults)).toBe(true);
    expect(isShown(r, { ...defaults, groups: { ...defaults.groups, '3xx': false } })).toBe(false);
    expect(isShown(r, { ...defaults, ignoredHosts: ['a.com'] })).toBe(false);
  });
});
