import { median, sleep } from './stats';

/**
 * Events per second of `pass` (which handles `n` events), the median of `samples` timed runs of at
 * least `minMs` each, after one untimed warm-up run. Between runs the event loop turns, so timers
 * the code under test set (the tab store's flush) fire outside the timed window, as in the browser.
 */
export async function eventsPerSecond(n: number, pass: () => void, samples = 7, minMs = 300): Promise<number> {
  pass();
  await sleep(0);
  const rates: number[] = [];
  for (let s = 0; s < samples; s++) {
    let reps = 0;
    const t0 = performance.now();
    let t = t0;
    do {
      pass();
      reps++;
      t = performance.now();
    } while (t - t0 < minMs);
    rates.push((n * reps) / ((t - t0) / 1000));
    await sleep(0);
  }
  return median(rates);
}
