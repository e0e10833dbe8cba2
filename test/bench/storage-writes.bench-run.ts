// Benchmark 5: storage.session writes during a burst of 5,000 failing requests on one tab.
// Chromium: set() calls counted inside the service worker; both browsers: storage.onChanged
// events counted in an extension page. Figure: most writes for that tab in any one second.
import { afterAll, it } from 'vitest';
import { startBenchServer, type BenchServer } from './lib/bench-server';
import { openExtPage, storedTabs, tabIds, waitUntilRecording, backgroundTab } from './lib/ext-page';
import { launchBench, statusLens, type BenchBrowser, type Kind } from './lib/launch';
import { atMost, info, writePart, type Row } from './lib/results';
import { maxInWindow, round, sleep } from './lib/stats';
import { countChanges, countSetCalls, type Write } from './lib/write-counter';

const BURST = 5000;
const KINDS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',') as Kind[];
let server: BenchServer | undefined;
afterAll(() => server?.stop());

function summarize(writes: Write[], key: string) {
  const mine = writes.filter((w) => w.keys.includes(key));
  const times = mine.map((w) => w.t);
  const span = times.length > 1 ? (times[times.length - 1] - times[0]) / 1000 : 0;
  return {
    writes: mine.length,
    maxInAnySecond: maxInWindow(times, 1000),
    meanPerSecond: span ? round((mine.length - 1) / span) : mine.length,
    spanSeconds: round(span),
    failed: mine.filter((w) => w.error).length,
    firstError: mine.find((w) => w.error)?.error,
  };
}

async function burst(kind: Kind): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const sl = statusLens(kind);
  const ext: BenchBrowser = await launchBench(kind, sl);
  try {
    const extPage = await openExtPage(ext, sl.popupPath);
    const site = await ext.browser.newPage();
    await waitUntilRecording(site, extPage, server!.origin);
    const setCalls = ext.worker ? await countSetCalls(ext.worker) : undefined;
    const changes = await countChanges(extPage);
    await site.goto(`${server!.origin}/burst?n=${BURST}&tab=writes`, { waitUntil: 'load' });
    const page = (await site.evaluate(() => (window as unknown as { __done: Promise<{ start: number; end: number }> }).__done));
    await sleep(1500); // the last flush
    const [tabId] = await tabIds(extPage, `${server!.origin}/burst`);
    const key = `tab:${tabId}`;
    const onChanged = summarize(await changes(), key);
    const sets = setCalls ? summarize(await setCalls(), key) : undefined;
    const held = await backgroundTab(extPage, tabId);
    const stored = (await storedTabs(extPage)).find((t) => t.key === key);
    const label = kind === 'chromium' ? 'Chromium' : 'Firefox';
    const figure = sets ?? onChanged;
    return {
      rows: [
        atMost(`Storage writes ${label}: most in any 1 s, one tab (${sets ? 'set() calls' : 'onChanged events'})`, figure.maxInAnySecond, 'writes/s', 4),
        info(`Storage writes ${label}: burst of ${BURST} took`, round((page.end - page.start) / 1000), 's'),
      ],
      details: { burstSeconds: round((page.end - page.start) / 1000), setCalls: sets, onChanged, background: held, stored: stored && { records: stored.records, dropped: stored.dropped } },
    };
  } finally {
    await ext.close();
  }
}

it('storage writes during a burst', async () => {
  server = await startBenchServer();
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  for (const kind of KINDS) {
    try {
      const r = await burst(kind);
      rows.push(...r.rows);
      details[kind] = r.details;
    } catch (e) {
      details[kind] = { error: String(e) };
      if (kind === 'chromium') throw e; // required; Firefox is a bonus
    }
  }
  writePart('storage-writes', rows, details);
});
