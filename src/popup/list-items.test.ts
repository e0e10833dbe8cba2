import { describe, expect, it } from 'vitest';
import { sortRecords } from '../core/sort';
import type { TabRecord } from '../core/types';
import { listLayout } from './list-items';

let seq = 0;
const rec = (status: number, url: string, error?: string) =>
  ({ key: `${status}|${url}`, status, url, error, seq: seq++, ...(/BLOCKED_BY_CLIENT|_URI$/.test(error ?? '') ? { blocked: 'extension' } : {}) }) as TabRecord;
const PAGE = 'https://www.news.example/article';

describe('listLayout', () => {
  it('draws no headings when every record is the site’s own', () => {
    const sorted = sortRecords([rec(404, 'https://www.news.example/a.png'), rec(500, 'https://cdn.news.example/b')], PAGE);
    const { items, rowPos } = listLayout(sorted, PAGE);
    expect(items.map((i) => i.kind)).toEqual(['row', 'row']);
    expect(rowPos).toEqual([0, 1]);
  });

  it('groups third parties by site with counts, blocked last, worst first in each', () => {
    const sorted = sortRecords([
      rec(0, 'https://www.google-analytics.com/a.js', 'net::ERR_BLOCKED_BY_CLIENT'),
      rec(404, 'https://fonts.example/x.woff'),
      rec(404, 'https://www.news.example/missing.png'),
      rec(500, 'https://api.weather.example/today'),
      rec(503, 'https://fonts.example/y.woff'),
      rec(0, 'https://tracker.example/p.gif', 'NS_ERROR_TRACKING_URI'),
    ], PAGE);
    const { items, rowPos } = listLayout(sorted, PAGE);
    const shape = items.map((i) => (i.kind === 'group' ? `# ${i.group}${i.site ? ` ${i.site}` : ''} ${i.count}` : `${i.record.status} ${i.party}`));
    expect(shape).toEqual([
      '# own 1', '404 own',
      // Sites in the order of their worst record (500 arrived before 503: same class).
      '# third weather.example 1', '500 third',
      '# third fonts.example 2', '503 third', '404 third',
      '# blocked 2', '0 blocked', '0 blocked',
    ]);
    expect(rowPos).toEqual([1, 3, 5, 6, 8, 9]);
    // Row indexes follow the sorted list, so the keyboard and "back to the open row" find the same row.
    expect(items.filter((i) => i.kind === 'row').map((i) => (i.kind === 'row' ? i.record.key : ''))).toEqual(sorted.map((r) => r.key));
  });

  it('keeps headings for a filtered part of the list (one class, or only the blocked)', () => {
    const sorted = sortRecords([
      rec(404, 'https://www.news.example/a.png'),
      rec(0, 'https://ads.example/a.js', 'net::ERR_BLOCKED_BY_CLIENT'),
    ], PAGE);
    const { items } = listLayout(sorted.filter((r) => r.blocked), PAGE);
    expect(items.map((i) => i.kind === 'group' ? `# ${i.group} ${i.count}` : i.index)).toEqual(['# blocked 1', 0]);
  });
});
