import { expect, it } from 'vitest';
import { sortRecords } from './sort';
import type { TabRecord } from './types';

const rec = (status: number, seq: number, error?: string) =>
  ({ key: `${status}-${seq}`, status, seq, error }) as TabRecord;

it('puts the worst first, then keeps arrival order', () => {
  const out = sortRecords([rec(301, 0), rec(404, 1), rec(500, 2), rec(0, 3, 'net::ERR_FAILED'), rec(403, 4)]);
  expect(out.map((r) => r.key)).toEqual(['500-2', '0-3', '404-1', '403-4', '301-0']);
});
