// Reading parsed JSON of unknown shape: a body may be any JSON at all.
import { MAX_BODY_CHARS } from './limits';

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON.parse of a body that looks like JSON; undefined for anything else (or a cut-off body). */
export function parseJson(text: string): unknown {
  const t = text.slice(0, MAX_BODY_CHARS).trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

/** A string or number field, as text. */
export function scalar(o: JsonObject, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
