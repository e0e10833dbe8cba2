// Benchmark 3: the popup's first screen against a blank extension page, in the same browser at
// the same moment. An extension page's own start-up depends on the machine (a blank page's first
// frame: 30 ms on one 2-core machine, 130 ms on another), so the headline is the ratio.
// - The popup: a tab with 5,000 distinct failing records seeded into storage.session from an
//   extension page, the popup opened as ?tabId=N; time from navigation start to the
//   'status-lens:first-rows' mark that RecordList sets in an effect once rows are in the DOM
//   (Preact runs effects after the next frame, so the mark follows the frame that shows them).
// - The blank page: the floor extension's blank.html (test/bench/floor-extension/), one module
//   script that renders one line and sets the same mark the same way; loaded beside Status Lens.
// - The copy: the popup's first screen as the popup drew it (its DOM taken after an open, cut to
//   the rows of the first frame, its scripts removed), saved as a static page of the floor
//   extension with the blank page's script, which there only sets the mark. No reads, no script work: what the content
//   alone costs. Popup / copy is then what the popup's code costs, and copy / blank what showing
//   those rows costs at all, the floor under any way of drawing them.
// The pages take turns, the order rotating each round, so a busy moment of a shared machine falls
// on all of them; the figure is the median of the per-round ratios,
// with their spread. The browser's first contentful paint is reported beside. The 1,000-record
// list (the recorder's per-tab cap) and a 10-record one follow, popup only.
// BENCH_POPUP_ROUNDS (default 15) and BENCH_BROWSERS (default chromium,firefox) choose the work.
// BENCH_BASELINE_DIST=<a dist/ directory of another build> loads that build beside this one and
// adds its popup to the rotation: what a change bought, measured side by side.
// The lists are seeded as the background stores them (test/bench/lib/seed-state.ts); a baseline
// build older than the string form needs BENCH_SEED_FORM=object.
import type { Page } from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, it } from 'vitest';
import { openExtPage, readCosts } from './lib/ext-page';
import { BLANK_PAGE, FIRST_SCREEN_COPY, floorExtension } from './lib/floor';
import { launchBench, statusLens, type BenchBrowser, type Kind } from './lib/launch';
import { FIREFOX_IDLE_PREFS, reloadBackgroundState } from './lib/restart-background';
import { atMost, info, writePart, type Row } from './lib/results';
import { median, pairedRatio, round, sleep, spreadText } from './lib/stats';
import { seedTab } from './lib/seed-state';
import { firstScreenRange } from '../../src/popup/virtual-window';

// FIRST_ROWS_MARK in src/popup/components/RecordList.tsx (importing it would load the polyfill in
// Node); the blank page sets the same mark.
const FIRST_ROWS_MARK = 'status-lens:first-rows';
const KINDS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',') as Kind[];
const ROUNDS = Number(process.env.BENCH_POPUP_ROUNDS ?? 15);
/** Opens of the popup alone, for the other list lengths. */
const RUNS = 5;
const BIG = 5000;
// 1,000 is the recorder's per-tab cap; 10 shows the page's fixed start-up cost.
const OTHER_SIZES = [1000, 10];
const BASELINE = process.env.BENCH_BASELINE_DIST;
type Variant = 'popup' | 'blank' | 'copy' | 'baseline';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

interface Open {
  /** Navigation start to the first-rows mark. */
  ms: number;
  fcpMs: number | null;
  domContentLoadedMs: number;
  rows: number;
  /** The popup's own marks (src/popup/first-read.ts, main.tsx), ms from navigation start. */
  marks?: Record<string, number>;
}

/** The mark's time, waited for inside the page (no polling traffic while it starts); null if it never comes. */
function markTime(page: Page, timeoutMs: number): Promise<number | null> {
  return page.evaluate(
    (m: string, timeout: number) =>
      new Promise<number | null>((resolve) => {
        const now = () => performance.getEntriesByName(m)[0]?.startTime;
        if (now() !== undefined) return resolve(now()!);
        new PerformanceObserver((list, obs) => {
          const e = list.getEntriesByName(m)[0];
          if (e) {
            obs.disconnect();
            resolve(e.startTime);
          }
        }).observe({ type: 'mark' });
        setTimeout(() => resolve(now() ?? null), timeout);
      }),
    FIRST_ROWS_MARK,
    timeoutMs,
  );
}

/** Open `url` in a new tab and time it; navigates again if the page's script never ran (Firefox under load). */
async function openTimed(ext: BenchBrowser, url: string): Promise<Open> {
  const page = await ext.browser.newPage();
  try {
    for (let attempt = 1; ; attempt++) {
      await ext.gotoExt(page, url);
      const ms = await markTime(page, 15_000);
      if (ms === null) {
        if (attempt < 3) continue;
        throw new Error(`${ext.kind}: no ${FIRST_ROWS_MARK} mark on ${url}`);
      }
      return await page.evaluate((at: number) => ({
        ms: at,
        fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        domContentLoadedMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        rows: document.querySelectorAll('[data-status][data-url]').length,
        marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('status-lens:')).map((m) => [m.name.slice(12), Math.round(m.startTime * 10) / 10])),
      }), ms);
    }
  } finally {
    await page.close();
    // Let the background finish what the open asked of it (a woken Firefox event page restores
    // every list on the extension's one main thread): users do not reopen in 0 ms. The blank
    // page gets the same pause, so both start from the same state.
    await sleep(1500);
  }
}

/**
 * The popup's first screen as static HTML: the DOM after an open, its scripts removed, the list
 * cut to the rows the first render draws (the window's first screen, see src/popup/
 * virtual-window.ts firstScreenRange: the rest are added after the first paint), and the blank
 * page's script, which there only sets the mark. Returns the page and how many rows it holds.
 */
async function firstScreenCopy(ext: BenchBrowser, popupUrl: string): Promise<{ html: string; rows: number }> {
  const page = await ext.browser.newPage();
  try {
    await ext.gotoExt(page, popupUrl);
    if ((await markTime(page, 15_000)) === null) throw new Error(`${ext.kind}: no ${FIRST_ROWS_MARK} mark on ${popupUrl}`);
    // The rows have a fixed height (ROW_HEIGHT in RecordList.tsx), read here from the page.
    const view = await page.evaluate(() => ({
      items: document.querySelectorAll('ul.rows > li').length,
      rowHeight: document.querySelector('ul.rows > li')?.getBoundingClientRect().height ?? 0,
      viewport: window.innerHeight || 600, // as use-virtual-window.ts passes it
    }));
    // What the popup's first render draws (its own rule, not a copy of it).
    const { end } = firstScreenRange(view.items, view.rowHeight, view.viewport);
    return await page.evaluate((keep: number) => {
      const doc = document.documentElement.cloneNode(true) as HTMLElement;
      for (const el of doc.querySelectorAll('script, link[rel=modulepreload]')) el.remove();
      for (const li of [...doc.querySelectorAll('ul.rows > li')].slice(keep)) li.remove();
      // The blank page's script: with this attribute it draws nothing and only sets the mark.
      const body = doc.querySelector('body')!;
      body.setAttribute('data-static-copy', '');
      const script = document.createElement('script');
      script.type = 'module';
      script.src = 'blank.js';
      body.append(script);
      return { html: `<!doctype html>\n${doc.outerHTML}`, rows: doc.querySelectorAll('[data-status][data-url]').length };
    }, end);
  } finally {
    await page.close();
    await sleep(1500);
  }
}

const r1 = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null).map((x) => round(x, 1));

/** A new background tab showing about:blank (no requests, so nothing of its own is recorded); its id. */
function openBlankTab(extPage: Page): Promise<number> {
  return extPage.evaluate(async () => {
    type Api = { tabs: { create(p: { url: string; active: boolean }): Promise<{ id: number }> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (await (g.browser ?? g.chrome).tabs.create({ url: 'about:blank', active: false })).id;
  });
}

/** Pings each page's background every 300 ms (a message it answers with nothing) until stopped. */
async function keepAwake(pages: Page[]): Promise<() => Promise<void>> {
  const start = (page: Page) =>
    page.evaluate(() => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api; __keepAwake?: ReturnType<typeof setInterval> };
      const ping = () => void (g.browser ?? g.chrome).runtime.sendMessage({ name: 'getTabHead', request: { tabId: -1 } }).catch(() => {});
      ping();
      g.__keepAwake = setInterval(ping, 300);
    });
  await Promise.all(pages.map(start));
  return async () => {
    await Promise.all(pages.map((p) => p.evaluate(() => clearInterval((globalThis as unknown as { __keepAwake?: ReturnType<typeof setInterval> }).__keepAwake))));
  };
}

async function measure(kind: Kind) {
  const sl = statusLens(kind);
  const floor = floorExtension(kind);
  const base = BASELINE ? statusLens(kind, BASELINE, true) : undefined;
  const ext = await launchBench(kind, sl, kind === 'firefox' ? FIREFOX_IDLE_PREFS : {}, [floor, ...(base ? [base] : [])]);
  cleanups.push(() => ext.close());
  const extPage = await openExtPage(ext, sl.popupPath);
  const basePage = base && (await openExtPage({ ...ext, extOrigin: ext.alsoOrigins[1] }, base.popupPath));
  // Each list is seeded under a real, open (blank) tab: on restart the background keeps only the
  // lists of tabs that are still open (it asks tabs.query), so a made-up tab id would be dropped.
  const tabOf = new Map<number, number>();
  const url: Record<Variant, (n: number) => string> = {
    popup: (n) => `${ext.extOrigin}${sl.popupPath}?tabId=${tabOf.get(n)}`,
    blank: () => `${ext.alsoOrigins[0]}${BLANK_PAGE}`,
    copy: () => `${ext.alsoOrigins[0]}${FIRST_SCREEN_COPY}`,
    baseline: (n) => `${ext.alsoOrigins[1]}${base?.popupPath}?tabId=${tabOf.get(n)}`,
  };
  const seed = async (n: number) => {
    const tabId = await openBlankTab(extPage);
    tabOf.set(n, tabId);
    const bytes = await seedTab(extPage, tabId, n);
    if (basePage) await seedTab(basePage, tabId, n);
    const restarts = await reloadBackgroundState(ext, extPage, tabId, n);
    // Chromium stops every worker at once; a Firefox event page idles out on its own.
    if (basePage) await reloadBackgroundState(ext, basePage, tabId, n);
    return { bytes, restarts };
  };

  const big = await seed(BIG);
  // Firefox runs with a 1 s idle timeout (to reload the seeded lists): during the rounds, keep
  // the event pages awake as a user's would be (30 s by default), or every open would wake one
  // and restore megabytes of lists on the thread the measured pages share.
  const stopKeepAlive = kind === 'firefox' ? await keepAwake([extPage, ...(basePage ? [basePage] : [])]) : async () => {};
  // The copy is written into the floor extension's directory, which both browsers read files
  // from as pages ask for them.
  const copy = await firstScreenCopy(ext, url.popup(BIG));
  writeFileSync(join(floor.dir, FIRST_SCREEN_COPY), copy.html);
  const variants: Variant[] = ['popup', 'blank', 'copy', ...(base ? ['baseline' as const] : [])];
  // One warm-up open of each (the first open of an extension page fills caches), then the order
  // rotates each round.
  for (const v of variants) await openTimed(ext, url[v](BIG));
  const opens: Record<Variant, Open[]> = { popup: [], blank: [], copy: [], baseline: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + r) % variants.length];
      opens[v].push(await openTimed(ext, url[v](BIG)));
    }
  }
  await stopKeepAlive();
  const costs = await readCosts(extPage, tabOf.get(BIG)!);

  const others: Record<number, { ms: number[]; bytes: number; restarts: number }> = {};
  for (const n of OTHER_SIZES) {
    const s = await seed(n);
    await openTimed(ext, url.popup(n));
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) ms.push((await openTimed(ext, url.popup(n))).ms);
    others[n] = { ms: r1(ms), ...s };
  }
  await ext.close();
  return { popup: opens.popup, blank: opens.blank, copy: opens.copy, copyRows: copy.rows, baseline: opens.baseline, costs, big, others };
}

/** This build against the baseline build, and the baseline against the blank page. */
function baselineRows(label: string, popup: Open[], baseline: Open[], blank: Open[]): Row[] {
  const vsBase = pairedRatio(popup.map((o) => o.ms), baseline.map((o) => o.ms));
  const baseVsBlank = pairedRatio(baseline.map((o) => o.ms), blank.map((o) => o.ms));
  return [
    { ...info(`Popup ${label}: this build / baseline build`, vsBase.median, 'x'), spread: spreadText(vsBase) },
    { ...info(`Popup ${label}: baseline build / blank page`, baseVsBlank.median, `x (baseline ${round(median(baseline.map((o) => o.ms)), 1)} ms)`), spread: spreadText(baseVsBlank) },
  ];
}

it('popup first screen', async () => {
  const rows: Row[] = [];
  const details: Record<string, unknown> = { rounds: ROUNDS, records: BIG };
  for (const kind of KINDS) {
    const label = kind === 'chromium' ? 'Chromium' : 'Firefox';
    try {
      const m = await measure(kind);
      const ms = (os: Open[]) => os.map((o) => o.ms);
      const ratio = pairedRatio(ms(m.popup), ms(m.blank));
      const overCopy = pairedRatio(ms(m.popup), ms(m.copy));
      const copyOverBlank = pairedRatio(ms(m.copy), ms(m.blank));
      const med = (os: Open[], f: (o: Open) => number | null) => round(median(r1(os.map(f))), 1);
      rows.push(
        atMost(`Popup / blank page ${label}, first screen of ${BIG} records (median of ${ROUNDS} rounds)`, ratio.median, 'x', 1.15, spreadText(ratio)),
        { ...info(`Popup / copy of its first screen ${label} (what the popup's code costs)`, overCopy.median, 'x'), spread: spreadText(overCopy) },
        { ...info(`Copy of the first screen / blank page ${label} (what ${m.copyRows} rows cost at all)`, copyOverBlank.median, 'x'), spread: spreadText(copyOverBlank) },
        info(`Popup ${label}: first rows (median; blank page's line and the copy beside)`, med(m.popup, (o) => o.ms), `ms (blank ${med(m.blank, (o) => o.ms)} ms, copy ${med(m.copy, (o) => o.ms)} ms)`),
        // Headless Chromium often reports no paint entry for these pages: then the row says so.
        ...(m.popup.some((o) => o.fcpMs !== null)
          ? [info(`Popup ${label}: first contentful paint (median; blank page's beside)`, med(m.popup, (o) => o.fcpMs), `ms (blank ${med(m.blank, (o) => o.fcpMs)} ms)`)]
          : [info(`Popup ${label}: first contentful paint`, 'not reported', '')]),
        info(`Popup ${label}: row elements in the DOM`, m.popup.at(-1)!.rows, 'rows'),
        info(`Popup ${label}: getTab message alone, ${BIG} records`, round(m.costs.message, 1), 'ms'),
        ...(BASELINE ? baselineRows(label, m.popup, m.baseline, m.blank) : []),
        ...OTHER_SIZES.map((n) => info(`Popup first rows ${label}, ${n} records${n === 10 ? ' (start-up floor)' : ' (the per-tab cap)'} (median of ${RUNS})`, round(median(m.others[n].ms), 1), 'ms')),
      );
      details[kind] = {
        popupOverBlank: ratio,
        popupOverCopy: overCopy, copyOverBlank, copyRows: m.copyRows,
        popupMs: r1(m.popup.map((o) => o.ms)), blankMs: r1(m.blank.map((o) => o.ms)), copyMs: r1(m.copy.map((o) => o.ms)),
        ...(BASELINE ? { baselineMs: r1(m.baseline.map((o) => o.ms)) } : {}),
        popupFcpMs: r1(m.popup.map((o) => o.fcpMs)), blankFcpMs: r1(m.blank.map((o) => o.fcpMs)),
        popupMarksMs: Object.fromEntries(['script-start', 'reads-done', 'rendered', 'first-rows'].map((k) => [k, med(m.popup, (o) => o.marks?.[k] ?? null)])),
        popupDomContentLoadedMs: med(m.popup, (o) => o.domContentLoadedMs), blankDomContentLoadedMs: med(m.blank, (o) => o.domContentLoadedMs),
        readMs: { message: round(m.costs.message, 1), storage: round(m.costs.storage, 1) },
        seededJsonBytes: { [BIG]: m.big.bytes, ...Object.fromEntries(OTHER_SIZES.map((n) => [n, m.others[n].bytes])) },
        backgroundRestartAttempts: { [BIG]: m.big.restarts, ...Object.fromEntries(OTHER_SIZES.map((n) => [n, m.others[n].restarts])) },
        otherSizesMs: Object.fromEntries(OTHER_SIZES.map((n) => [n, m.others[n].ms])),
      };
    } catch (e) {
      details[kind] = { error: String(e) };
      if (kind === 'chromium') throw e;
    }
  }
  writePart('popup-first-screen', rows, details);
});
