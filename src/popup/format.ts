// Small text helpers for the popup. Output is always plain text rendered by Preact as text nodes.

/** Shorten in the middle so both the host and the file name stay visible. */
export function middleEllipsis(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max < 5) return s.slice(0, max);
  const keep = max - 1;
  const head = Math.ceil(keep * 0.6);
  return s.slice(0, head) + '…' + s.slice(s.length - (keep - head));
}

/** URL without the scheme, for compact rows (the full URL stays in the title and data-url). */
export function compactUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

export function clockTime(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '';
  const d = new Date(ms);
  return d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/**
 * Unicode direction controls can make a URL read differently from what it is (an "exe.pdf" trick).
 * Show them as visible escapes instead of letting them act.
 */
export function revealControls(s: string): string {
  return s.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
