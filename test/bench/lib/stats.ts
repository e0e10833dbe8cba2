export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** Most timestamps (ms) inside any window of `windowMs` (half-open). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The q-quantile (0..1) of xs, linearly interpolated between the nearest ranks. */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

export interface RatioSummary {
  /** Median of the per-round ratios a[i] / b[i] (each pair measured side by side). */
  median: number;
  /** Interquartile range of the per-round ratios. */
  p25: number;
  p75: number;
  min: number;
  max: number;
  /** median(a) / median(b), for comparison. */
  ofMedians: number;
  perRound: number[];
}

/** a and b measured in interleaved rounds: the ratio per round, and how it spreads. */
export function pairedRatio(a: readonly number[], b: readonly number[]): RatioSummary {
  const perRound = a.map((x, i) => x / b[i]);
  return {
    median: round(median(perRound), 3), p25: round(quantile(perRound, 0.25), 3), p75: round(quantile(perRound, 0.75), 3),
    min: round(Math.min(...perRound), 3), max: round(Math.max(...perRound), 3),
    ofMedians: round(median(a) / median(b), 3), perRound: perRound.map((x) => round(x, 3)),
  };
}

/** "1.02-1.09 IQR, 0.97-1.20 range": how a paired ratio spread, for the table. */
export const spreadText = (r: RatioSummary): string => `IQR ${r.p25.toFixed(3)}-${r.p75.toFixed(3)}, range ${r.min.toFixed(3)}-${r.max.toFixed(3)}`;
