// Benchmark 4: memory after 50 tabs x 2,000 distinct failing requests. Node: the pure recorder,
// heap after gc() (growth over the heap before the flood: the vitest worker's own heap is not
// the recorder's). Chromium (BENCH_CHROMIUM_MEMORY=0 skips it): real requests, the service
// worker's JS heap. Also the records kept and dropped, and the size against storage.session's 10 MB.
import { afterAll, it, vi } from 'vitest';
import { allTabs, flush, handleEvent, MAX_RECORDS_ALL_TABS, ready } from '../../src/background/tab-store';
import { MAX_RECORDS_PER_TAB } from '../../src/core/recorder';
import { startBenchServer, type BenchServer } from './lib/bench-server';
import { chromiumFlood } from './lib/chromium-flood';
import { flood, SESSION_QUOTA } from './lib/memory-flood';
import { atLeast, atMost, info, writePart, type Row } from './lib/results';
import { round } from './lib/stats';

// The background's tab store runs in Node with a fake browser API (as in the throughput benchmark).
vi.mock('../../src/platform/browser', async () => (await import('./lib/fake-browser')).fakeBrowserModule);

const MB = 1024 * 1024;
let server: BenchServer | undefined;
afterAll(() => server?.stop());

it('memory after a flood of failures', async () => {
  await ready;
  const node = await flood(50, 2000, { handleEvent, flush, allTabs });
  const rows: Row[] = [
    atMost('Memory Node: background heap after 50 tabs x 2,000 failures (tab store)', round(node.heapDelta / MB), 'MB', 15),
    info(`Memory: records kept per tab (cap ${MAX_RECORDS_PER_TAB}, ${MAX_RECORDS_ALL_TABS} across tabs)`, node.recordsPerTab.max, 'records'),
    info('Memory: records dropped, all tabs', node.droppedTotal, 'records'),
    atMost('Memory: 50 tabs as stored (JSON) vs storage.session quota', round(node.serializedBytes / MB), 'MB', 10),
    info('Memory Node: distinct-failure flood rate (evictions included)', node.eventsPerSecond, 'events/s'),
  ];
  const details: Record<string, unknown> = { node: { ...node, quotaBytes: SESSION_QUOTA } };
  if (process.env.BENCH_CHROMIUM_MEMORY !== '0') {
    server = await startBenchServer();
    const c = await chromiumFlood(server);
    details.chromium = c;
    rows.push(
      atMost('Memory Chromium: service worker JS heap after the flood', round(c.heapAfter / MB), 'MB', 15),
      atLeast('Memory Chromium: tab lists saved in storage.session', c.tabsInStorage, 'tabs', c.tabs),
      info('Memory Chromium: storage.session bytes in use (quota 10 MB)', round((c.bytesInUse ?? NaN) / MB), 'MB'),
      info('Memory Chromium: failed storage.session.set calls', c.failedSetCalls, `of ${c.setCalls}`),
      info('Memory Chromium: flood took', round(c.floodSeconds, 1), 's'),
    );
  }
  writePart('memory', rows, details);
});
