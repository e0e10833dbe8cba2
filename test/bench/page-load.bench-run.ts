// Benchmark 2: page-load overhead. A page with 1,200 images (40% answer 404/500) from a node
// server on 127.0.0.1, loaded in turn in three instances of each browser: with Status Lens, with
// the floor extension (same webRequest events, filters and extraInfoSpec, empty listeners), and
// with no extension. The order rotates each round. Figure: navigation start to the later of the
// load event's end and the last image settling, from the page's own clock.
// BENCH_ROUNDS (default 15) and BENCH_BROWSERS (default chromium,firefox) choose the work.
import type { Page } from 'puppeteer-core';
import { afterAll, it } from 'vitest';
import { startBenchServer, type BenchServer } from './lib/bench-server';
import { openExtPage, storedTabs } from './lib/ext-page';
import { floorExtension } from './lib/floor';
import { launchBench, statusLens, type BenchBrowser, type ExtensionDir, type Kind } from './lib/launch';
import { atMost, info, writePart, type Row } from './lib/results';
import { median, round, sleep } from './lib/stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const KINDS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',') as Kind[];
const IMAGES = 1200;
type Variant = 'status-lens' | 'floor' | 'none';

let server: BenchServer | undefined;
const open: BenchBrowser[] = [];
afterAll(async () => {
  for (const b of open) await b.close();
  await server?.stop();
});

interface Settled {
  settled: number;
  lastSettle: number;
  loadEventEnd: number;
}

async function loadOnce(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const r = await page.evaluate(() => (window as unknown as { __done: Promise<Settled> }).__done);
  if (r.settled !== IMAGES) throw new Error(`${r.settled} of ${IMAGES} images settled`);
  return Math.max(r.loadEventEnd, r.lastSettle);
}

async function measure(kind: Kind) {
  const t0 = Date.now();
  const sl = statusLens(kind);
  const exts: Record<Variant, ExtensionDir | null> = { 'status-lens': sl, floor: floorExtension(kind), none: null };
  const variants = Object.keys(exts) as Variant[];
  const inst = {} as Record<Variant, { ext: BenchBrowser; page: Page }>;
  for (const v of variants) {
    const ext = await launchBench(kind, exts[v]);
    open.push(ext);
    inst[v] = { ext, page: await ext.browser.newPage() };
  }
  const version = await inst.none.ext.browser.version();
  const url = (tag: string) => `${server!.origin}/load?n=${IMAGES}&r=${kind}-${tag}`;
  // Warm-up: the background's listeners register a moment after start; caches and JIT settle.
  await sleep(1000);
  for (let w = 0; w < 2; w++) for (const v of variants) await loadOnce(inst[v].page, url(`warm${w}-${v}`));

  const ms: Record<Variant, number[]> = { 'status-lens': [], floor: [], none: [] };
  for (let r = 0; r < ROUNDS; r++) {
    const order = variants.map((_, i) => variants[(i + r) % variants.length]);
    for (const v of order) ms[v].push(await loadOnce(inst[v].page, url(`${r}-${v}`)));
  }

  // Check that Status Lens really recorded the last load (480 failing images).
  await sleep(600);
  const extPage = await openExtPage(inst['status-lens'].ext, sl.popupPath);
  const recorded = Math.max(0, ...(await storedTabs(extPage)).map((t) => t.records));
  for (const v of variants) await inst[v].ext.close();
  const med = Object.fromEntries(variants.map((v) => [v, median(ms[v])])) as Record<Variant, number>;
  return { version, ms, med, recorded, seconds: round((Date.now() - t0) / 1000, 1) };
}

it('page-load overhead', async () => {
  server = await startBenchServer();
  const rows: Row[] = [];
  const details: Record<string, unknown> = { rounds: ROUNDS, images: IMAGES, failing: '40% (20% 404, 20% 500)' };
  for (const kind of KINDS) {
    const label = kind === 'chromium' ? 'Chromium' : 'Firefox';
    const r = await measure(kind);
    const perRound = r.ms['status-lens'].map((x, i) => round(x / r.ms.floor[i], 3));
    rows.push(
      atMost(`Page load ${label}: Status Lens / floor (median of ${ROUNDS})`, round(r.med['status-lens'] / r.med.floor, 3), 'x', 1.02),
      info(`Page load ${label}: Status Lens / none`, round(r.med['status-lens'] / r.med.none, 3), 'x'),
      info(`Page load ${label}: floor / none`, round(r.med.floor / r.med.none, 3), 'x'),
      info(`Page load ${label}: medians SL, floor, none`, round(r.med['status-lens']), `ms (${round(r.med.floor)}, ${round(r.med.none)})`),
      info(`Page load ${label}: ${ROUNDS} rounds x 3 took`, r.seconds, 's'),
    );
    details[kind] = {
      browserVersion: r.version,
      mediansMs: Object.fromEntries(Object.entries(r.med).map(([k, v]) => [k, round(v, 1)])),
      runsMs: Object.fromEntries(Object.entries(r.ms).map(([k, v]) => [k, v.map((x) => round(x, 1))])),
      perRoundStatusLensOverFloor: perRound,
      medianOfPerRoundRatios: round(median(perRound), 3),
      statusLensRecordsForLastLoad: r.recorded,
      seconds: r.seconds,
    };
  }
  writePart('page-load', rows, details);
});
