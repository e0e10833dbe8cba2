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
