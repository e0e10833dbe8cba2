// Which rows of a long list to draw: the ones in view plus some overscan. Pure, so it is tested
// without a DOM; the hook below feeds it scroll positions.

/** Lists up to this long are drawn whole (simpler for assistive technology and find-in-page). */
export const WINDOW_THRESHOLD = 150;
export const OVERSCAN = 20;

export interface WindowRange {
  start: number;
  end: number; // exclusive
}

/**
 * @param count       number of rows
 * @param rowHeight   fixed row height in px
 * @param listTop     the list's top edge relative to the viewport (negative once scrolled past)
 * @param viewport    viewport height in px
 */
export function visibleRange(count: number, rowHeight: number, listTop: number, viewport: number): WindowRange {
  if (count <= WINDOW_THRESHOLD) return { start: 0, end: count };
  const first = Math.floor(Math.max(0, -listTop) / rowHeight);
  const inView = Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count, first - OVERSCAN));
  const end = Math.min(count, first + inView + OVERSCAN);
  return { start, end };
}

/**
 * The rows of the first render: only those that can be in view before anything scrolls (the list
 * starts below the header, so this is an upper bound). The rest follow after the first paint:
 * every row drawn before it delays the first screen.
 */
export function firstScreenRange(count: number, rowHeight: number, viewport: number): WindowRange {
  return { start: 0, end: Math.min(count, Math.ceil(Math.max(viewport, rowHeight) / rowHeight)) };
}
