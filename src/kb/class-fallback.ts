// Codes without an entry of their own: explained by their class, honestly labelled as
// unregistered. Codes outside 100-599 are not HTTP statuses at all.
import type { StatusClassName } from './types';

export function classNameOf(code: number): StatusClassName | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 599) return undefined;
  return (['informational', 'success', 'redirection', 'client-error', 'server-error'] as const)[Math.floor(code / 100) - 1];
}

/** Parse what a user or a URL gave as a code: "404", " 404 ", "404.13" (IIS substatus: the base code). */
export function parseCode(raw: string): number | undefined {
  const m = /^\s*(-?\d{1,6})(?:\.\d{1,4})?\s*$/.exec(raw);
  return m ? Number(m[1]) : undefined;
}
