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
  it('lists what was blocked in this browser whatever the class choices; ignored hosts still hide it', () => {
    const r = { status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT', blocked: 'extension', url: 'https://ads.example/a.js' } as TabRecord;
    expect(isShown(r, { ...defaults, groups: { ...defaults.groups, network: false } })).toBe(true);
    expect(isShown({ ...r, blocked: undefined }, { ...defaults, groups: { ...defaults.groups, network: false } })).toBe(false);
    expect(isShown(r, { ...defaults, ignoredHosts: ['ads.example'] })).toBe(false);
  });
});

it('caps the ignored hosts so the options item stays under storage.sync’s 8 KB', async () => {
  const { parseHostList, MAX_IGNORED_HOSTS } = await import('./options');
  const many = Array.from({ length: 500 }, (_, i) => `host-${i}.example.com`).join('\n');
  const hosts = parseHostList(many);
  expect(hosts).toHaveLength(MAX_IGNORED_HOSTS);
  expect(new TextEncoder().encode(JSON.stringify({ options: { ignoredHosts: hosts } })).length).toBeLessThan(8192 - 512);
  expect(parseHostList('a'.repeat(300) + '.com')).toEqual([]);
});

it('caps long hosts by their total size too', async () => {
  const { parseHostList } = await import('./options');
  const long = Array.from({ length: 100 }, (_, i) => `${'x'.repeat(200)}${i}.example.com`).join('\n');
  expect(JSON.stringify(parseHostList(long)).length).toBeLessThan(6500);
});
