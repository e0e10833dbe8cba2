import { expect, it } from 'vitest';
import { sortRecords } from './sort';
import type { TabRecord } from './types';

const rec = (status: number, seq: number, error?: string) =>
  ({ key: `${status}-${seq}`, status, seq, error }) as TabRecord;

it('puts the worst first, then keeps arrival order', () => {
  const out = sortRecords([rec(301, 0), rec(404, 1), rec(500, 2), rec(0, 3, 'net::ERR_FAILED'), rec(403, 4)]);
  expect(out.map((r) => r.key)).toEqual(['500-2', '0-3', '404-1', '403-4', '301-0']);
});

const at = (status: number, seq: number, url: string, blocked?: TabRecord['blocked']) =>
  ({ key: String(seq), status, seq, url, ...(status === 0 ? { error: blocked ? 'net::ERR_BLOCKED_BY_CLIENT' : 'net::ERR_FAILED' } : {}), ...(blocked ? { blocked } : {}) }) as TabRecord;
const page = 'https://www.news.example/article';

it('puts this site first, third parties next, blocked-in-this-browser last; worst first in each', () => {
  const out = sortRecords([
    at(0, 0, 'https://www.google-analytics.com/analytics.js', 'extension'),
    at(404, 1, 'https://www.news.example/missing.png'),
    at(500, 2, 'https://api.weather.example/today'),
    at(0, 3, 'https://ads.example/ad.js', 'extension'),
    at(301, 4, 'https://cdn.news.example/old'),
    at(404, 5, 'https://fonts.example/x.woff'),
  ], page);
  expect(out.map((r) => r.key)).toEqual(['1', '4', '2', '5', '0', '3']);
});

it('keeps each third-party site’s records together, sites in the order of their worst record', () => {
  // The popup draws rows in this order under one heading per site: a row's index is its place.
  const out = sortRecords([
    at(404, 0, 'https://fonts.example/a.woff'),
    at(500, 1, 'https://api.weather.example/today'),
    at(503, 2, 'https://cdn.fonts.example/b.woff'),
    at(404, 3, 'https://api.weather.example/radar'),
    at(302, 4, 'https://fonts.example/c'),
  ], page);
  expect(out.map((r) => r.key)).toEqual(['1', '3', '2', '0', '4']);
});

it('does not call a blocked request the site’s by its error name alone', () => {
  // Only the recorder's verdict counts: NS_ERROR_ABORT from the page's own EventSource stays its own.
  const r = { ...at(0, 0, 'https://www.news.example/events'), error: 'NS_ERROR_ABORT' } as TabRecord;
  expect(sortRecords([at(0, 1, 'https://ads.example/x', 'extension'), r], page).map((x) => x.key)).toEqual(['0', '1']);
});
