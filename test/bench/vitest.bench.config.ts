// `npm run bench` runs these files: benchmarks, not tests. They never run in `npm test` (the main
// vitest.config.ts does not include *.bench-run.ts) and a missed target does not fail them: each
// file writes its figures to results/parts/, and run.mjs prints the table.
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Node-only figures first, so a browser failure late on still leaves them.
const ORDER = ['recorder-throughput', 'memory', 'popup-first-screen', 'storage-writes', 'page-load'];
const rank = (s: TestSpecification) => ORDER.findIndex((n) => s.moduleId.endsWith(`/${n}.bench-run.ts`));

class FixedOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    name: 'bench',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/bench/**/*.bench-run.ts'],
    environment: 'node',
    // One benchmark at a time on a 2-core machine: a browser next to the throughput loop would
    // distort both. Each file in its own fork, with gc() for the heap figures; BENCH_CPU_PROF=<dir>
    // writes a V8 CPU profile of each file's run there.
    fileParallelism: false,
    pool: 'forks',
    execArgv: ['--expose-gc', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_CPU_PROF] : [])],
    testTimeout: 900_000,
    hookTimeout: 120_000,
    sequence: { sequencer: FixedOrder },
  },
});
