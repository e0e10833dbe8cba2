// Each benchmark file writes its rows and details to results/parts/<part>.json; run.mjs joins
// them into the table and results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_DIR = join(import.meta.dirname, '..', 'results');

export interface Row {
  name: string;
  /** A string where there is no number to give (what the browser did not report). */
  figure: number | string;
  unit: string;
  /** Human-readable target, e.g. ">= 2,000,000 /s"; "" for an informative row. */
  target: string;
  /** null when the row has no target. */
  pass: boolean | null;
  /** How the figure spread over its rounds (a ratio's interquartile range and range). */
  spread?: string;
}

export function writePart(part: string, rows: Row[], details: Record<string, unknown>): void {
  const dir = join(RESULTS_DIR, 'parts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${part}.json`), JSON.stringify({ part, rows, details }, null, 2));
}

export const atLeast = (name: string, figure: number, unit: string, min: number): Row => ({
  name, figure, unit, target: `>= ${min.toLocaleString('en-US')} ${unit}`, pass: figure >= min,
});

export const atMost = (name: string, figure: number, unit: string, max: number, spread?: string): Row => ({
  name, figure, unit, target: `<= ${max.toLocaleString('en-US')} ${unit}`, pass: figure <= max, ...(spread ? { spread } : {}),
});

export const info = (name: string, figure: number | string, unit: string): Row => ({ name, figure, unit, target: '', pass: null });
