import { describe, expect, it } from 'vitest';
import { clip, hasHeaderPrefix, headerFirst, headerList, headerValues, splitList } from './header-lookup';

describe('header lookup', () => {
  const h: [string, string][] = [['Via', '1.1 a'], ['via', '1.1 b'], ['server', '  nginx  '], ['x-envoy-upstream-service-time', '3']];
  it('finds values case-insensitively', () => {
    expect(headerValues(h, 'VIA')).toEqual(['1.1 a', '1.1 b']);
    expect(headerList(h, 'via')).toBe('1.1 a, 1.1 b');
    expect(headerFirst(h, 'server')).toBe('nginx');
    expect(headerFirst(h, 'missing')).toBeUndefined();
    expect(hasHeaderPrefix(h, 'x-envoy-')).toBe(true);
  });
  it('tolerates malformed pairs', () => {
    expect(headerValues([null, ['a'], [1, 2], ['a', 'x']] as unknown as [string, string][], 'a')).toEqual(['', 'x']);
  });
  it('splits lists and clips', () => {
    expect(splitList('a, ,b,')).toEqual(['a', 'b']);
    expect(clip('abc', 2)).toBe('ab…');
    expect(clip('ab', 2)).toBe('ab');
  });
});
