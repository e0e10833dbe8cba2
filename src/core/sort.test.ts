import { expect, it } from 'vitest';
import { sortRecords } from './sort';
import type { TabRecord } from './types';

const rec = (status: number, seq: number, error?: string) =>
  ({ key: `${status}-${seq}`, status, seq, error }) as TabRecord;

it('puts the worst first, then keeps arrival order', () => {
  const out = sortRecords([rec(301, 0), rec(404, 1), rec(500, 2), rec(0, 3, 'net::ERR_FAILED'), rec(403, 4)]);
  expect(out.map((r) => r.key)).toEqual(['500-2', '0-3', '404-1', '403-4', '301-0']);
});

it('puts this site first, third parties next, blocked-in-this-browser last; worst first in each', () => {
  const at = (status: number, seq: number, url: string, error?: string) => ({ ...rec(status, seq, error), key: String(seq), url }) as TabRecord;
  const page = 'https://www.news.example/article';
  const out = sortRecords([
    at(0, 0, 'https://www.google-analytics.com/analytics.js', 'net::ERR_BLOCKED_BY_CLIENT'),
    at(404, 1, 'https://www.news.example/missing.png'),
    at(500, 2, 'https://api.weather.example/today'),
    at(0, 3, 'https://ads.example/ad.js', 'NS_ERROR_ABORT'),
    at(301, 4, 'https://cdn.news.example/old'),
    at(404, 5, 'https://fonts.example/x.woff'),
  ], page);
  expect(out.map((r) => r.key)).toEqual(['1', '4', '2', '5', '0', '3']);
});
