// Header access for the diagnosis. Names are matched case-insensitively even though the recorder
// stores them lower-cased, so hand-built records (tests, imports) behave the same.
import type { HeaderPair } from '../core/types';

/** Every value of a header, in arrival order. */
export function headerValues(headers: readonly HeaderPair[], name: string): string[] {
  const want = name.toLowerCase();
  const out: string[] = [];
  for (const pair of headers) {
    if (Array.isArray(pair) && typeof pair[0] === 'string' && pair[0].toLowerCase() === want) {
      out.push(typeof pair[1] === 'string' ? pair[1] : '');
    }
  }
  return out;
}

/** All values joined as one comma-separated list (RFC 9110 §5.3); undefined when absent. */
export function headerList(headers: readonly HeaderPair[], name: string): string | undefined {
  const values = headerValues(headers, name);
  return values.length > 0 ? values.join(', ') : undefined;
}

/** The first value, trimmed: for singleton headers (Server, Location, Retry-After). */
export function headerFirst(headers: readonly HeaderPair[], name: string): string | undefined {
  const values = headerValues(headers, name);
  return values.length > 0 ? values[0].trim() : undefined;
}

export function hasHeaderPrefix(headers: readonly HeaderPair[], prefix: string): boolean {
  const want = prefix.toLowerCase();
  return headers.some((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && pair[0].toLowerCase().startsWith(want));
}

/** Splits a comma-separated list, ignoring empty members ("a, , b"). Quoted commas are not special here. */
export function splitList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Keeps identifiers quotable: a 2 KB header must not turn into a 2 KB detail line. */
export function clip(value: string, max = 200): string {
  return value.length > max ? value.slice(0, max) + '…' : value;
}
