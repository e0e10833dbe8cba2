// Benchmark 2: page-load overhead. A page with 1,200 images (40% answer 404/500) from a node
// server on 127.0.0.1, loaded in turn in three instances of each browser: with Status Lens, with
// the floor extension (same webRequest events, filters and extraInfoSpec, empty listeners), and
// with no extension. The order rotates each round. Figure: navigation start to the later of the
// load event's end and the last image settling, from the page's own clock.
// BENCH_ROUNDS (default 25) and BENCH_BROWSERS (default chromium,firefox) choose the work.
// The figure is the median of the per-round ratios (each round loads the three variants one after
// the other, so a busy moment of a shared machine falls on all three), with their spread.
// BENCH_WORKER_PROFILE=1: after the rounds, a CPU profile of Status Lens's service worker over a
// few more loads (Chromium; results/worker-profile-chromium.cpuprofile, top functions in the
// details).
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, it } from 'vitest';
import { startBenchServer, type BenchServer } from './lib/bench-server';
import { openExtPage, storedTabs } from './lib/ext-page';
import { floorExtension } from './lib/floor';
import { launchBench, statusLens, type BenchBrowser, type ExtensionDir, type Kind } from './lib/launch';
import { atMost, info, RESULTS_DIR, writePart, type Row } from './lib/results';
import { median, pairedRatio, round, sleep, spreadText } from './lib/stats';
import { startWorkerProfile } from './lib/worker-profile';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const PROFILE = process.env.BENCH_WORKER_PROFILE === '1';
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
  const profile = PROFILE && kind === 'chromium' ? await profileLoads(inst['status-lens'].ext, inst['status-lens'].page, extPage, url) : undefined;
  for (const v of variants) await inst[v].ext.close();
  const med = Object.fromEntries(variants.map((v) => [v, median(ms[v])])) as Record<Variant, number>;
  return { version, ms, med, recorded, profile, seconds: round((Date.now() - t0) / 1000, 1) };
}

/**
 * Status Lens's worker profiled over PROFILE_LOADS loads in a row, after the measured rounds: the
 * worker stops after 30 s without events (and its profile with it), which the rounds' loads in
 * the other browsers could leave it.
 */
const PROFILE_LOADS = 5;
async function profileLoads(ext: BenchBrowser, page: Page, extPage: Page, url: (tag: string) => string) {
  await storedTabs(extPage); // any call from an extension page wakes the worker
  const worker = await ext.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(ext.extOrigin), { timeout: 20_000 });
  const stop = await startWorkerProfile(worker);
  for (let i = 0; i < PROFILE_LOADS; i++) await loadOnce(page, url(`profile-${i}`));
  await sleep(1500); // the last flush
  return stop(join(RESULTS_DIR, `worker-profile-${ext.kind}.cpuprofile`));
}

it('page-load overhead', async () => {
  server = await startBenchServer();
  const rows: Row[] = [];
  const details: Record<string, unknown> = { rounds: ROUNDS, images: IMAGES, failing: '40% (20% 404, 20% 500)' };
  for (const kind of KINDS) {
    const label = kind === 'chromium' ? 'Chromium' : 'Firefox';
    const r = await measure(kind);
    const overFloor = pairedRatio(r.ms['status-lens'], r.ms.floor);
    const overNone = pairedRatio(r.ms['status-lens'], r.ms.none);
    const floorOverNone = pairedRatio(r.ms.floor, r.ms.none);
    rows.push(
      atMost(`Page load ${label}: Status Lens / floor (median of ${ROUNDS} rounds)`, overFloor.median, 'x', 1.01, spreadText(overFloor)),
      { ...info(`Page load ${label}: Status Lens / none`, overNone.median, 'x'), spread: spreadText(overNone) },
      { ...info(`Page load ${label}: floor / none`, floorOverNone.median, 'x'), spread: spreadText(floorOverNone) },
      info(`Page load ${label}: medians SL, floor, none`, round(r.med['status-lens']), `ms (${round(r.med.floor)}, ${round(r.med.none)})`),
      info(`Page load ${label}: ${ROUNDS} rounds x 3 took`, r.seconds, 's'),
    );
    details[kind] = {
      browserVersion: r.version,
      mediansMs: Object.fromEntries(Object.entries(r.med).map(([k, v]) => [k, round(v, 1)])),
      runsMs: Object.fromEntries(Object.entries(r.ms).map(([k, v]) => [k, v.map((x) => round(x, 1))])),
      statusLensOverFloor: overFloor,
      statusLensOverNone: overNone,
      floorOverNone,
      ...(r.profile ? { statusLensWorkerProfile: r.profile } : {}),
      statusLensRecordsForLastLoad: r.recorded,
      seconds: r.seconds,
    };
  }
  writePart('page-load', rows, details);
});
