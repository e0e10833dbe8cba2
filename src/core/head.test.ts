import { expect, it } from 'vitest';
import { tabHead } from './head';
import { newTabState } from './recorder';
import type { TabRecord } from './types';

it('keeps the worst rows and counts the whole list', () => {
  const s = newTabState(3, 'http://a/');
  for (let i = 0; i < 500; i++) s.records.push({ key: `k${i}`, status: i % 50 === 0 ? 502 : 404, seq: i } as TabRecord);
  const head = tabHead(s, 20);
  expect(head.total).toBe(500);
  expect(head.state.records).toHaveLength(20);
  expect(head.state.records.slice(0, 10).every((r) => r.status === 502)).toBe(true);
  expect(head.counts).toEqual({ '3xx': 0, '4xx': 490, '5xx': 10, network: 0, other: 0 });
  expect(s.records).toHaveLength(500); // the state itself is untouched
});

it('leaves headers out of the first screen, and counts this site and blocked rows for the chips', () => {
  const s = newTabState(3, 'http://a.example/');
  s.records.push(
    { key: 'a', status: 500, seq: 0, url: 'http://a.example/x', headers: [['server', '€'.repeat(2000)]] } as unknown as TabRecord,
    { key: 'b', status: 404, seq: 1, url: 'http://cdn.other.example/y', headers: [] } as unknown as TabRecord,
    { key: 'c', status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT', blocked: 'extension', seq: 2, url: 'http://ads.example/z', headers: [] } as unknown as TabRecord,
  );
  const head = tabHead(s);
  expect(head.state.records.map((r) => r.headers)).toEqual([[], [], []]);
  expect(s.records[0].headers).toHaveLength(1);
  expect([head.ownSite, head.blocked]).toEqual([1, 1]);
});

it('counts the page’s own site and what was blocked in this browser apart from the classes', () => {
  const s = newTabState(3, 'https://www.news.example/');
  const add = (r: Partial<TabRecord>) => s.records.push({ key: `k${s.records.length}`, seq: s.records.length, ...r } as TabRecord);
  add({ status: 404, url: 'https://www.news.example/a.png' });
  add({ status: 500, url: 'https://api.weather.example/x' });
  add({ status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT', blocked: 'extension', url: 'https://ads.example/a.js' });
  add({ status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT', blocked: 'extension', url: 'https://www.news.example/ads.js' });
  const head = tabHead(s);
  expect(head.counts).toEqual({ '3xx': 0, '4xx': 1, '5xx': 1, network: 0, other: 0 });
  expect(head.ownSite).toBe(1);
  expect(head.blocked).toBe(2);
  expect(head.state.records.map((r) => r.key)).toEqual(['k0', 'k1', 'k2', 'k3']);
});
