#!/usr/bin/env node
// `npm test`: type check, build, lint the Firefox build, then every vitest project (unit and the
// real-browser e2e). Ends with the line CI reads: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const steps = [];
function step(name, cmd, args, check = (r) => r.status === 0, quiet = false) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = (r.stdout ?? '') + (r.stderr ?? '');
  const ok = check(r, out);
  if (!(ok && quiet)) process.stdout.write(ok ? out.split('\n').slice(-4).join('\n').slice(-2000) + '\n' : out.slice(-20000));
  console.log(`${ok ? '✓' : '✗'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  steps.push({ name, ok });
  return ok;
}

step('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
const built = step('build dist/chrome and dist/firefox', 'npm', ['run', 'build', '--silent']);
if (built) {
  step('web-ext lint dist/firefox: 0 errors', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--boring'], (r) => {
    try {
      const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
      console.log(`web-ext lint: ${JSON.stringify(report.summary)}`, report.warnings.map((w) => `${w.code} ${w.file}`));
      if (report.summary.errors) console.log(JSON.stringify(report.errors, null, 2));
      return report.summary.errors === 0;
    } catch {
      return false;
    }
  }, true);
}

mkdirSync('artifacts', { recursive: true });
const projects = process.env.STATUS_LENS_PROJECTS?.split(',') ?? (built ? ['unit', 'e2e'] : ['unit']);
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/vitest.json'],
  { stdio: 'inherit' },
);

let passed = steps.filter((s) => s.ok).length;
let failed = steps.filter((s) => !s.ok).length;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync('artifacts/vitest.json', 'utf8'));
  for (const file of report.testResults) {
    const results = file.assertionResults;
    if (file.status === 'failed') {
      // A failed hook or a file that cannot load leaves its tests "skipped": they did not pass.
      const notPassed = results.filter((a) => a.status !== 'passed').length;
      failed += Math.max(1, notPassed);
      passed += results.length - notPassed;
    } else {
      passed += results.filter((a) => a.status === 'passed').length;
      failed += results.filter((a) => a.status === 'failed').length;
      skipped += results.filter((a) => a.status !== 'passed' && a.status !== 'failed').length;
    }
  }
} catch (e) {
  console.error('could not read the vitest report:', e.message);
  failed++;
}
if (vitest.status !== 0 && failed === 0) failed++;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
