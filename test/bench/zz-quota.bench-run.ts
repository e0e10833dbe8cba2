import { it } from 'vitest';
import { openExtPage } from './lib/ext-page';
import { launchBench, statusLens } from './lib/launch';
import { seedTab } from './lib/seed-state';
it('quota', async () => {
  for (const kind of ['chromium', 'firefox'] as const) {
  const sl = statusLens(kind);
  const ext = await launchBench(kind, sl);
  const p = await openExtPage(ext, sl.popupPath);
  for (const n of [500, 1000, 1500, 2000, 2500, 3000, 4000, 5000]) {
    const r = await seedTab(p, 1, n).then((b) => `ok json=${b}`, (e) => String(e).slice(0, 80));
    const used = await p.evaluate(async () => { const g = globalThis as any; const a = (g.browser ?? g.chrome).storage.session; return a.getBytesInUse ? a.getBytesInUse(null) : -1; }).catch(e => String(e).slice(0,60));
    console.log(kind, n, r, 'inUse', used);
  }
  await ext.close();
  }
});
