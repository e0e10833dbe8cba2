import { describe, expect, it } from 'vitest';
import { classifyLocation } from './location';

describe('classifyLocation', () => {
  it('resolves relative locations', () => {
    expect(classifyLocation('https://a.example/x/y?q=1', '../z')).toEqual({ url: 'https://a.example/z', flags: ['relative'] });
    expect(classifyLocation('https://a.example/x', '//b.example/p')).toEqual({ url: 'https://b.example/p', flags: ['relative', 'cross-host'] });
  });
  it('flags upgrades, downgrades and host changes', () => {
    expect(classifyLocation('http://a.example/', 'https://a.example/').flags).toEqual(['https-upgrade']);
    expect(classifyLocation('https://a.example/', 'http://a.example/').flags).toEqual(['https-downgrade']);
    expect(classifyLocation('https://a.example/', 'https://www.a.example/').flags).toEqual(['cross-host']);
  });
  it('flags a redirect to the same URL, fragment ignored', () => {
    expect(classifyLocation('https://a.example/p', '/p').flags).toEqual(['relative', 'same-url']);
    expect(classifyLocation('https://a.example/p', 'https://a.example/p#top').flags).toEqual(['same-url']);
  });
  it('flags non-web schemes', () => {
    expect(classifyLocation('https://a.example/', 'javascript:alert(1)').flags).toContain('unsafe-scheme');
  });
  it('reports a Location that is not a URL as invalid, never throwing', () => {
    for (const bad of ['', '   ', 'http://', 'https://exa mple.com/', 'http://[::1', 'https://a:99999/']) {
      expect(classifyLocation('https://a.example/', bad), bad).toEqual({ flags: ['invalid'] });
    }
    expect(classifyLocation('not a url', '/relative')).toEqual({ flags: ['invalid'] });
    expect(classifyLocation('not a url', 'https://b.example/')).toEqual({ url: 'https://b.example/', flags: [] });
    expect(() => classifyLocation(undefined as unknown as string, undefined as unknown as string)).not.toThrow();
  });
  it('handles 100 KB URLs', () => {
    const long = 'https://a.example/?q=' + 'x'.repeat(100_000);
    expect(classifyLocation(long, long)).toEqual({ url: long, flags: ['same-url'] });
  });
});
