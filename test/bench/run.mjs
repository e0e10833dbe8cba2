#!/usr/bin/env node
// `npm run bench`: build, run the five benchmarks (vitest, test/bench/vitest.bench.config.ts),
// print one table and write test/bench/results/latest.json with the machine's description.
// Benchmarks, not tests: a missed target shows as FAIL in the table; the exit status is non-zero
// only when a benchmark could not run.
// Environment: BENCH_ROUNDS (page-load rounds, default 25), BENCH_POPUP_ROUNDS (popup/blank
// rounds, default 15), BENCH_BROWSERS (default chromium,firefox), BENCH_ONLY (comma-separated
// file names, e.g. recorder-throughput,memory),
// BENCH_CHROMIUM_MEMORY=0 (skip the real-Chromium flood), BENCH_SKIP_BUILD=1, BENCH_DIST_DIR (a
// dist/ directory from another build, to measure a product change against this one),
// BENCH_BASELINE_DIST (the popup benchmark: another build's popup beside this one's),
// BENCH_SEED_FORM=object (seeded lists as objects, for a baseline build older than the string form).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const RESULTS = join(HERE, 'results');
const PARTS = ['recorder-throughput', 'page-load', 'popup-first-screen', 'memory', 'storage-writes'];
const t0 = Date.now();
const loadBefore = os.loadavg();

if (process.env.BENCH_SKIP_BUILD !== '1') {
  console.log('building dist/chrome and dist/firefox ...');
  const b = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (b.status !== 0) {
    process.stdout.write((b.stdout ?? '') + (b.stderr ?? ''));
    process.exit(b.status ?? 1);
  }
}
rmSync(join(RESULTS, 'parts'), { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const only = process.env.BENCH_ONLY?.split(',').filter(Boolean) ?? [];
const vitest = spawnSync('npx', ['vitest', 'run', '--config', join(HERE, 'vitest.bench.config.ts'), ...only], { cwd: ROOT, stdio: 'inherit' });

const version = (bin, ...args) => {
  const r = spawnSync(bin, [...args, '--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n').pop() : null;
};
const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || null;

const parts = [];
for (const name of PARTS) {
  const f = join(RESULTS, 'parts', `${name}.json`);
  if (existsSync(f)) parts.push(JSON.parse(readFileSync(f, 'utf8')));
}
const rows = parts.flatMap((p) => p.rows.map((r) => ({ part: p.part, ...r })));

const fmt = (r) => `${typeof r.figure === 'number' ? r.figure.toLocaleString('en-US') : r.figure} ${r.unit}`;
const cols = [
  ['benchmark', (r) => r.name],
  ['figure', fmt],
  ['spread', (r) => r.spread || '-'],
  ['target', (r) => r.target || '-'],
  ['result', (r) => (r.pass === null ? '-' : r.pass ? 'pass' : 'FAIL')],
];
const widths = cols.map(([h, f]) => Math.max(h.length, ...rows.map((r) => f(r).length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log('\n' + line(cols.map(([h]) => h)));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(cols.map(([, f]) => f(r))));

const missing = PARTS.filter((p) => (only.length ? only.some((o) => p.includes(o)) : true) && !parts.some((x) => x.part === p));
const targeted = rows.filter((r) => r.pass !== null);
console.log(`\n${targeted.filter((r) => r.pass).length} of ${targeted.length} targets met` +
  (missing.length ? `; did not run: ${missing.join(', ')}` : '') + ` (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

const report = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  workingTreeDirty: !!git('status', '--porcelain', '--', 'src'),
  machine: {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    chromium: version(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    firefox: version(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
    loadAverageBefore: loadBefore.map((x) => Number(x.toFixed(2))),
    loadAverageAfter: os.loadavg().map((x) => Number(x.toFixed(2))),
  },
  settings: {
    rounds: Number(process.env.BENCH_ROUNDS ?? 25),
    popupRounds: Number(process.env.BENCH_POPUP_ROUNDS ?? 15),
    browsers: process.env.BENCH_BROWSERS ?? 'chromium,firefox',
    only: only.length ? only : 'all',
    chromiumMemory: process.env.BENCH_CHROMIUM_MEMORY !== '0',
    distDir: process.env.BENCH_DIST_DIR ? 'BENCH_DIST_DIR' : 'dist',
  },
  seconds: Math.round((Date.now() - t0) / 1000),
  rows,
  details: Object.fromEntries(parts.map((p) => [p.part, p.details])),
};
writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`wrote ${join('test/bench/results', 'latest.json')}`);
process.exit(vitest.status !== 0 || missing.length ? 1 : 0);
