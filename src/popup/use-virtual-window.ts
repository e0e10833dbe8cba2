// Tracks the page scroll (the popup scrolls as a whole) and returns the rows to draw.
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { firstScreenRange, visibleRange, WINDOW_THRESHOLD, type WindowRange } from './virtual-window';

export function useVirtualWindow(count: number, rowHeight: number, listRef: RefObject<HTMLElement | null>): WindowRange {
  const measure = () => {
    const top = listRef.current?.getBoundingClientRect().top ?? 0;
    return visibleRange(count, rowHeight, top, window.innerHeight || 600);
  };
  // The first render draws one screen; the effect below widens it right after the first paint.
  const [range, setRange] = useState<WindowRange>(() => firstScreenRange(count, rowHeight, window.innerHeight || 600));
  useEffect(() => {
    if (count <= WINDOW_THRESHOLD) {
      setRange({ start: 0, end: count });
      return;
    }
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = measure();
        setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
      });
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [count, rowHeight]);
  return range;
}
