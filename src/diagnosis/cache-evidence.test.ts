import { describe, expect, it } from 'vitest';
import { cacheEvidence } from './cache-evidence';

describe('cacheEvidence', () => {
  it('finds cache hits', () => {
    expect(cacheEvidence([['cf-cache-status', 'HIT']])).toEqual({ header: 'CF-Cache-Status', value: 'HIT' });
    expect(cacheEvidence([['x-cache', 'Hit from cloudfront']])).toEqual({ header: 'X-Cache', value: 'Hit from cloudfront' });
    expect(cacheEvidence([['x-cache', 'MISS, HIT']])?.header).toBe('X-Cache');
    expect(cacheEvidence([['cache-status', 'ExampleCache; hit; ttl=30']])?.header).toBe('Cache-Status');
    expect(cacheEvidence([['age', '120']])).toEqual({ header: 'Age', value: '120' });
  });
  it('does not mistake misses and errors for hits', () => {
    for (const h of [['cf-cache-status', 'DYNAMIC'], ['x-cache', 'Error from cloudfront'], ['x-cache', 'MISS'], ['cache-status', 'Cache; fwd=uri-miss'], ['age', '0'], ['age', 'soon'], ['x-cache', 'WHITE']] as [string, string][]) {
      expect(cacheEvidence([h]), h.join(': ')).toBeUndefined();
    }
  });
});
