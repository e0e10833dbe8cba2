// Benchmark 4, Chromium part: 50 tabs x 2,000 distinct failing requests as real fetches (one in
// ten to a closed port), each tab left open; the service worker's JS heap after a forced GC, what
// the background holds per tab, and what storage.session managed to keep.
import type { CDPSession, Page } from 'puppeteer-core';
import type { BenchServer } from './bench-server';
import { backgroundTab, bytesInUse, openExtPage, storedTabs, tabIds, waitUntilRecording } from './ext-page';
import { launchBench, statusLens } from './launch';
import { sleep } from './stats';
import { countSetCalls } from './write-counter';

async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export async function chromiumFlood(server: BenchServer, tabs = 50, perTab = 2000, parallel = 5) {
  const sl = statusLens('chromium');
  const ext = await launchBench('chromium', sl);
  try {
    const extPage = await openExtPage(ext, sl.popupPath);
    const site = await ext.browser.newPage();
    await waitUntilRecording(site, extPage, server.origin);
    await site.close();
    const writes = await countSetCalls(ext.worker!);
    const cdp = await ext.worker!.createCDPSession();
    const heapBefore = await heap(cdp);
    const t0 = Date.now();
    const pages: Page[] = [];
    for (let t = 0; t < tabs; t += parallel) {
      await Promise.all(
        Array.from({ length: Math.min(parallel, tabs - t) }, async (_, j) => {
          const page = await ext.browser.newPage();
          pages.push(page);
          await page.goto(`${server.origin}/burst?n=${perTab}&tab=${t + j}&errors=1`, { waitUntil: 'load' });
          await page.evaluate(() => (window as unknown as { __done: Promise<unknown> }).__done);
        }),
      );
    }
    const floodSeconds = (Date.now() - t0) / 1000;
    await sleep(2000); // the last flush
    const heapAfter = await heap(cdp);
    const ids = await tabIds(extPage, `${server.origin}/burst`);
    const held = await Promise.all(ids.map((id) => backgroundTab(extPage, id)));
    const stored = (await storedTabs(extPage)).filter((s) => ids.includes(Number(s.key.slice(4))));
    const w = await writes();
    const recs = held.map((h) => h?.records ?? 0);
    const recordsInStorage = stored.reduce((a, s) => a + s.records, 0);
    const inUse = await bytesInUse(extPage);
    return {
      tabs: ids.length,
      floodSeconds,
      heapBefore,
      heapAfter,
      recordsPerTab: { min: Math.min(...recs), max: Math.max(...recs) },
      droppedTotal: held.reduce((a, h) => a + (h?.dropped ?? 0), 0),
      tabsInStorage: stored.length,
      recordsInStorage,
      bytesInUse: inUse,
      // Chromium's quota accounting per stored record (about 3x the JSON length).
      quotaBytesPerRecord: inUse && recordsInStorage ? Math.round(inUse / recordsInStorage) : null,
      setCalls: w.length,
      failedSetCalls: w.filter((x) => x.error).length,
      firstError: w.find((x) => x.error)?.error,
    };
  } finally {
    await ext.close();
  }
}
