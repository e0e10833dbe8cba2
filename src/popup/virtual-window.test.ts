import { expect, it } from 'vitest';
import { firstScreenRange, OVERSCAN, visibleRange, WINDOW_THRESHOLD } from './virtual-window';

it('draws short lists whole', () => {
  expect(visibleRange(WINDOW_THRESHOLD, 48, 0, 600)).toEqual({ start: 0, end: WINDOW_THRESHOLD });
});

it('draws only the rows in view plus overscan for long lists', () => {
  const r = visibleRange(5000, 48, 100, 600);
  expect(r.start).toBe(0);
  expect(r.end).toBe(Math.ceil(600 / 48) + 1 + OVERSCAN);
  const mid = visibleRange(5000, 48, -48 * 1000, 600);
  expect(mid.start).toBe(1000 - OVERSCAN);
  expect(mid.end - mid.start).toBeLessThan(80);
  const end = visibleRange(5000, 48, -48 * 6000, 600);
  expect(end).toEqual({ start: 5000, end: 5000 });
});

it('the first render draws only what a viewport can show', () => {
  expect(firstScreenRange(25, 49, 600)).toEqual({ start: 0, end: 13 });
  expect(firstScreenRange(5, 49, 600)).toEqual({ start: 0, end: 5 });
  expect(firstScreenRange(5000, 49, 0)).toEqual({ start: 0, end: 1 });
});
