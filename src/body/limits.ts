// Bounds on what the body parsers read. A body is untrusted and may be huge or hostile: every
// parser works on at most MAX_BODY_CHARS characters, in time linear in that.

/** What the panel keeps of a body, and what the parsers read of it (64 KB of text). */
export const MAX_BODY_CHARS = 64 * 1024;
/** Longest value quoted from a body into a hint. */
export const MAX_QUOTE = 300;
/** Most list items (errors[], GraphQL errors) quoted. */
export const MAX_ITEMS = 5;

export function capText(text: string): { text: string; truncated: boolean } {
  if (typeof text !== 'string') return { text: '', truncated: false };
  return text.length > MAX_BODY_CHARS ? { text: text.slice(0, MAX_BODY_CHARS), truncated: true } : { text, truncated: false };
}

/** One line of text, without control characters, clipped. */
export function quoteText(value: unknown, max = MAX_QUOTE): string {
  const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  // eslint-disable-next-line no-control-regex
  const flat = s.slice(0, max * 4).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
