// Builds TabRecords for the diagnosis tests: only the fields a test cares about need spelling out.
import type { HeaderPair, TabRecord } from '../core/types';

export function rec(over: Partial<TabRecord> & { headers?: HeaderPair[] } = {}): TabRecord {
  const status = over.status ?? 500;
  const method = over.method ?? 'GET';
  const url = over.url ?? 'https://example.com/page';
  return {
    key: `${over.error && status === 0 ? 'error' : status}|${method}|${url}`,
    status,
    statusLine: '',
    method,
    type: 'main_frame',
    url,
    frame: 'main',
    time: 1_700_000_000_000,
    lastTime: 1_700_000_000_000,
    count: 1,
    fromCache: false,
    headers: [],
    seq: 1,
    ...over,
  };
}
