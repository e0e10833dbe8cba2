// Linear reading of HTML and simple XML: indexOf scans only, never a regex that can backtrack
// across the document. A hostile 1 MB body is cut to 64 KB first (limits.ts), and each function
// here passes over it a bounded number of times.
import { quoteText } from './limits';

/**
 * The text between the first `<tag …>` and the `</tag>` after it, or undefined. `source` is
 * searched as given (lower-case both for HTML); `from` starts the search.
 */
export function elementText(source: string, tag: string, from = 0): { text: string; end: number } | undefined {
  let at = from;
  for (;;) {
    const open = source.indexOf(`<${tag}`, at);
    if (open < 0) return undefined;
    const next = source.charAt(open + tag.length + 1);
    // "<title" must not match "<titlebar"; ">", "/" or whitespace ends the name.
    if (next === '>' || next === ' ' || next === '\t' || next === '\n' || next === '\r' || next === '/') {
      const gt = source.indexOf('>', open);
      if (gt < 0) return undefined;
      if (source.charAt(gt - 1) === '/') return { text: '', end: gt + 1 };
      const close = source.indexOf(`</${tag}`, gt);
      if (close < 0) return undefined;
      return { text: source.slice(gt + 1, close), end: close };
    }
    at = open + 1;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', bull: '•' };

/** Markup to one line of plain text: tags dropped, the common entities decoded, clipped. */
export function plainText(markup: string, max?: number): string {
  let out = '';
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf('<', i);
    if (lt < 0) {
      out += markup.slice(i);
      break;
    }
    out += markup.slice(i, lt) + ' ';
    const gt = markup.indexOf('>', lt);
    if (gt < 0) break;
    i = gt + 1;
  }
  out = out.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
  return quoteText(out, max);
}

/** The plain text of the first `<tag>` in a document, given its lower-cased copy for the search. */
export function firstElement(text: string, lower: string, tag: string): string | undefined {
  const found = elementText(lower, tag);
  if (!found) return undefined;
  const start = found.end - found.text.length;
  const value = plainText(text.slice(start, found.end));
  return value === '' ? undefined : value;
}
