// Redaction of a response or request body before it is shown, exported (HAR) or copied (report),
// with the same rules as URLs and headers (redact.ts, secret-names.ts): values under secret names
// ("access_token", "password", a csrf field…), token-shaped strings wherever they stand, Bearer
// credentials, and the secret parts of every URL. JSON is redacted member by member; any other
// text by its name=value, "name": value and <input name value> pairs. Best effort, like the rest.
import { REDACTED, looksLikePathToken, redactUrl } from './redact';
import { isSecretName, looksLikeSecretToken, redactTokenShapes } from './secret-names';
import { MAX_BODY_CHARS } from '../body/limits';

const MAX_DEPTH = 32;

/**
 * Names that are secret words but, in an error body, almost always carry an error code or a
 * status ("code": "FORBIDDEN"). Their value is kept unless it looks random (an OAuth code).
 */
const CODE_NAMES = new Set(['code', 'error_code', 'errorcode', 'auth', 'status']);

function secretValue(name: string, value: string): boolean {
  if (!isSecretName(name)) return false;
  if (CODE_NAMES.has(name.toLowerCase())) return looksLikePathToken(value) || looksLikeSecretToken(value);
  return true;
}

const BEARER = /\b(Bearer|Token|Basic)(\s+)[A-Za-z0-9\-._~+/]{8,}=*/gi;
const ABSOLUTE_URL = /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s"'<>\\]{1,8192}/gi;

/** A string from the body: URLs, Bearer credentials and token shapes inside it. */
export function redactText(s: string): string {
  const urls = s.replace(ABSOLUTE_URL, (u) => redactUrl(u));
  return redactTokenShapes(urls.replace(BEARER, (_all, scheme: string, sp: string) => `${scheme}${sp}${REDACTED}`), REDACTED);
}

function redactJsonValue(v: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return v;
  if (typeof v === 'string') return redactText(v);
  if (Array.isArray(v)) return v.map((x) => redactJsonValue(x, depth + 1));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = (typeof x === 'string' || typeof x === 'number') && secretValue(k, String(x)) ? REDACTED : redactJsonValue(x, depth + 1);
    }
    return out;
  }
  return v;
}

// name=value (forms, query strings, logs), "name": "value" / name: value (JSON-ish, YAML, debug
// pages), <input name="csrf_token" value="…">. Bounded repetitions: linear on hostile text.
const PAIR = /(["']?)([A-Za-z0-9_.-]{1,64})\1(\s{0,3}[=:]\s{0,3})(["']?)([^\s"'&<>,;]{1,4096})/g;
const INPUT = /(<input\b[^>]{0,300}?\bname=["']([^"']{1,64})["'][^>]{0,300}?\bvalue=["'])([^"']{0,4096})/gi;

function redactPairs(s: string): string {
  return s
    .replace(INPUT, (all, head: string, name: string, value: string) => (value && secretValue(name, value) ? head + REDACTED : all))
    .replace(PAIR, (all, q1: string, name: string, sep: string, q2: string, value: string) => (secretValue(name, value) ? `${q1}${name}${q1}${sep}${q2}${REDACTED}` : all));
}

/**
 * A body made safe to show or share: its first 64 KB (all Status Lens ever keeps of a body; the
 * pair patterns cost about 20 ms there in the worst case measured). JSON that parses comes back
 * re-serialised (indented); other text keeps its layout.
 */
export function redactBody(body: string): string {
  if (typeof body !== 'string' || body === '') return '';
  const text = body.length > MAX_BODY_CHARS ? body.slice(0, MAX_BODY_CHARS) : body;
  const t = text.trim();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.stringify(redactJsonValue(JSON.parse(t), 0), null, 2);
    } catch {
      // Cut off or not JSON after all: redacted as text.
    }
  }
  return redactText(redactPairs(text));
}
