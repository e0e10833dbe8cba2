// Counts storage.session writes. Chromium: wraps chrome.storage.session.set inside the service
// worker (the polyfill forwards storage.session untouched, so the background's calls go through
// the wrapper) and notes when each call happened, which keys it wrote and whether it failed.
// Both browsers: counts storage.onChanged events in an extension page.
import type { Page, Target } from 'puppeteer-core';

export interface Write {
  t: number;
  keys: string[];
  error?: string;
}

type Area = { set(items: Record<string, unknown>): Promise<void> };
type G = { chrome: { storage: { session: Area } }; __writes?: Write[] };

export async function countSetCalls(worker: Target): Promise<() => Promise<Write[]>> {
  const w = await worker.worker();
  if (!w) throw new Error('no service worker to instrument');
  await w.evaluate(() => {
    const g = globalThis as unknown as G;
    if (g.__writes) return;
    const writes: Write[] = (g.__writes = []);
    const area = g.chrome.storage.session;
    const set = area.set.bind(area);
    area.set = (items: Record<string, unknown>) => {
      const rec: Write = { t: performance.now(), keys: Object.keys(items) };
      writes.push(rec);
      const p = set(items);
      p.catch((e: unknown) => (rec.error = String(e)));
      return p;
    };
  });
  return () => w.evaluate(() => (globalThis as unknown as G).__writes ?? []);
}

type OnChanged = { storage: { onChanged: { addListener(f: (c: Record<string, unknown>, area: string) => void): void } } };

export async function countChanges(extPage: Page): Promise<() => Promise<Write[]>> {
  await extPage.evaluate(() => {
    const g = globalThis as unknown as { browser?: OnChanged; chrome: OnChanged; __changes?: Write[] };
    const changes: Write[] = (g.__changes = []);
    (g.browser ?? g.chrome).storage.onChanged.addListener((c, area) => {
      if (area === 'session') changes.push({ t: performance.now(), keys: Object.keys(c) });
    });
  });
  return () => extPage.evaluate(() => (globalThis as unknown as { __changes: Write[] }).__changes);
}
