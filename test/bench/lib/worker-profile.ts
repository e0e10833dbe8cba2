// A CPU profile of Status Lens's service worker (Chromium, CDP Profiler) while pages load: where
// the real worker spends its time on the non-2xx path, which a Node profile of the pure core
// cannot show (the browser's event objects, the polyfill, storage writes, GC). The profiler slows
// the worker, so a profiled run's page-load ratio is not a figure: profile, then measure apart.
import { writeFileSync } from 'node:fs';
import type { Target } from 'puppeteer-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface WorkerProfile {
  /** Sampled wall time (ms) and the part spent running JS, in GC, or idle. */
  totalMs: number;
  busyMs: number;
  gcMs: number;
  /** Functions by self time, busiest first: "name file:line". */
  top: { fn: string; selfMs: number; share: number }[];
}

export async function startWorkerProfile(worker: Target, intervalUs = 100): Promise<(file: string) => Promise<WorkerProfile>> {
  const cdp = await worker.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return async (file) => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.detach().catch(() => {});
    writeFileSync(file, JSON.stringify(profile));
    return summarize(profile);
  };
}

function summarize(p: Profile): WorkerProfile {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let idle = 0;
  let gc = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const f = byId.get(p.samples[i])!.callFrame;
    if (f.functionName === '(idle)') idle += ms;
    else if (f.functionName === '(garbage collector)') gc += ms;
    const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
  }
  const totalMs = (p.endTime - p.startTime) / 1000;
  const busyMs = totalMs - idle;
  const top = [...self]
    .filter(([n]) => !n.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([fn, ms]) => ({ fn, selfMs: Math.round(ms * 10) / 10, share: Math.round((ms / busyMs) * 1000) / 1000 }));
  return { totalMs: Math.round(totalMs), busyMs: Math.round(busyMs), gcMs: Math.round(gc), top };
}
