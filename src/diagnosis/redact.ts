// Redaction before anything leaves the extension (copied report, curl command). Works on the raw
// string with plain splitting, not the URL parser: a malformed URL is redacted the same way, and
// the parts that are not secret keep their exact spelling.
import type { HeaderPair, TabRecord } from '../core/types';
import { isSecretName, looksLikeSecretToken, redactTokenShapes } from './secret-names';

export const REDACTED = 'REDACTED';

/** Headers whose whole value is a credential. */
const SECRET_HEADERS = new Set([
  'cookie', 'set-cookie', 'authorization', 'proxy-authorization', 'x-api-key', 'x-auth-token',
  'x-csrf-token', 'x-xsrf-token', 'x-amz-security-token', 'x-goog-api-key',
]);
/** Challenges name schemes and realms, not credentials: "Bearer realm=…" must stay readable. */
const CHALLENGE_HEADERS = new Set(['www-authenticate', 'proxy-authenticate']);
const URL_HEADERS = new Set(['location', 'content-location']);

export function redactUrl(url: string): string {
  if (typeof url !== 'string') return '';
  let rest = url;
  let fragment: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) { fragment = rest.slice(hash + 1); rest = rest.slice(0, hash); }
  let query: string | undefined;
  const q = rest.indexOf('?');
  if (q >= 0) { query = rest.slice(q + 1); rest = rest.slice(0, q); }

  let out = redactPath(redactUserinfo(rest));
  if (query !== undefined) out += '?' + redactParams(query);
  // OAuth implicit flow returns access_token in the fragment.
  if (fragment !== undefined) out += '#' + (fragment.includes('=') ? redactParams(fragment) : fragment);
  return redactTokenShapes(out, REDACTED);
}

function redactUserinfo(s: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#\\]*)/i.exec(s);
  if (!m) return s;
  const authority = m[2];
  // The last "@" ends the userinfo, as in the URL parser.
  const at = authority.lastIndexOf('@');
  if (at < 0) return s;
  const userinfo = authority.slice(0, at);
  const replaced = userinfo.includes(':') ? `${REDACTED}:${REDACTED}` : REDACTED;
  return m[1] + replaced + s.slice(m[1].length + at);
}

// Java-style path parameters: "/app;jsessionid=ABC".
function redactPath(s: string): string {
  return s.replace(/;([^;/=]*)=([^;/]*)/g, (all, name: string) => (isSecretName(safeDecode(name)) ? `;${name}=${REDACTED}` : all));
}

function redactParams(params: string): string {
  return params
    .split('&')
    .map((piece) => {
      const eq = piece.indexOf('=');
      if (eq < 0) return piece;
      const name = piece.slice(0, eq);
      const value = piece.slice(eq + 1);
      if (value === '') return piece;
      return isSecretName(safeDecode(name)) || looksLikeSecretToken(safeDecode(value)) ? `${name}=${REDACTED}` : piece;
    })
    .join('&');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

const BEARER = /\b(Bearer|Token)(\s+)[A-Za-z0-9\-._~+/]{8,}=*(?![A-Za-z0-9\-._~+/=])/gi;
// Bounded scheme length: an unbounded one makes "a.a.a.a…" quadratic.
const ABSOLUTE_URL = /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s"'<>]+/gi;
// Refresh: "5; url=/next?token=…" (the URL may be relative, so ABSOLUTE_URL would miss it).
const REFRESH_PREFIX = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?['"]?/i;

export function redactHeaderValue(name: string, value: string): string {
  const n = typeof name === 'string' ? name.toLowerCase() : '';
  const v = typeof value === 'string' ? value : '';
  if (SECRET_HEADERS.has(n) || (isSecretName(n) && !CHALLENGE_HEADERS.has(n))) return v === '' ? v : REDACTED;
  if (URL_HEADERS.has(n)) return redactUrl(v.trim());
  if (n === 'refresh') {
    const m = REFRESH_PREFIX.exec(v);
    if (m) {
      const target = v.slice(m[0].length);
      const close = /['"]\s*$/.exec(target)?.[0] ?? '';
      return m[0] + redactUrl(target.slice(0, target.length - close.length)) + close;
    }
  }
  let out = v.replace(ABSOLUTE_URL, (u) => redactUrl(u));
  if (!CHALLENGE_HEADERS.has(n)) out = out.replace(BEARER, (_all, scheme: string, sp: string) => `${scheme}${sp}${REDACTED}`);
  return redactTokenShapes(out, REDACTED);
}

export function redactHeaders(headers: readonly HeaderPair[]): HeaderPair[] {
  return headers.map(([name, value]) => [name, redactHeaderValue(name, value)]);
}

/** A copy of the record safe to share: URLs, redirect target, key and headers redacted. */
export function redactRecord(record: TabRecord): TabRecord {
  const url = redactUrl(record.url);
  const out: TabRecord = { ...record, url, headers: redactHeaders(record.headers) };
  // The key embeds the URL ("status|method|url").
  out.key = record.key.endsWith(record.url) ? record.key.slice(0, record.key.length - record.url.length) + url : redactUrl(record.key);
  if (record.redirectTo !== undefined) out.redirectTo = redactUrl(record.redirectTo);
  return out;
}
