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

/** Nested URLs inside parameter values are redacted this deep (a URL is at most 8 KB anyway). */
const MAX_NESTING = 4;

export function redactUrl(url: string, depth = 0): string {
  if (typeof url !== 'string') return '';
  let rest = url;
  let fragment: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) { fragment = rest.slice(hash + 1); rest = rest.slice(0, hash); }
  let query: string | undefined;
  const q = rest.indexOf('?');
  if (q >= 0) { query = rest.slice(q + 1); rest = rest.slice(0, q); }

  let out = redactPathTokens(redactPath(redactUserinfo(rest)));
  if (query !== undefined) out += '?' + redactParams(query, depth);
  if (fragment !== undefined) out += '#' + redactFragment(fragment, depth);
  return redactTokenShapes(out, REDACTED);
}

/**
 * OAuth's implicit flow puts access_token in the fragment ("#access_token=…"), and single-page
 * apps route there ("#/reset/<token>", "#/cb?code=…"): a route's segments and parameters are read
 * like a path's and a query's.
 */
function redactFragment(fragment: string, depth: number): string {
  const q = fragment.indexOf('?');
  if (q >= 0) return redactPathTokens(fragment.slice(0, q)) + '?' + redactParams(fragment.slice(q + 1), depth);
  return fragment.includes('=') ? redactParams(fragment, depth) : redactPathTokens(fragment);
}

/**
 * Path segments (and parameter values) that look like random tokens: the failing page is often an
 * expired password-reset or magic-login link. A UUID or 32+ hex digits, or 16+ URL-safe base64
 * characters (separators and "=" padding allowed: Django's "c4b2g9-3f8e…", Python's
 * token_urlsafe "Drmhze6EPcv0fN_81Bj-nA", Rails' "eyJ…--1b2c…") where letters and digits keep
 * switching: words, slugs ("reset-password-2024", "ps5-vs-xbox360") and dates switch hardly at
 * all. Numeric ids stay; ids that look random (UUIDs, MongoDB's 24 hex digits) go, on the safe side.
 * A token without a digit (under 1 in 30 of random 20-character ones) is not recognised: best effort.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function looksLikePathToken(seg: string): boolean {
  if (seg.length < 16 || seg.length > 1024) return false;
  if (UUID.test(seg) || /^[0-9a-f]{32,}$/i.test(seg)) return true;
  if (!/^[A-Za-z0-9_~+-]+={0,2}$/.test(seg)) return false;
  const switches = letterDigitSwitches(seg);
  return switches >= 4 || (switches >= 2 && seg.length >= 20 && /[a-z]/.test(seg) && /[A-Z]/.test(seg));
}

/** How often a letter is followed by a digit or a digit by a letter ("a4", "4a"). */
function letterDigitSwitches(s: string): number {
  let n = 0;
  let prev = 0; // 0: neither, 1: letter, 2: digit
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 32;
    const kind = c >= 48 && c <= 57 ? 2 : lower >= 97 && lower <= 122 ? 1 : 0;
    if (kind !== 0 && prev !== 0 && kind !== prev) n++;
    prev = kind;
  }
  return n;
}

function redactPathTokens(s: string): string {
  const start = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(s)?.[0].length ?? 0;
  const path = s.slice(start);
  return s.slice(0, start) + path.split('/').map((seg) => {
    const semi = seg.indexOf(';');
    const head = semi < 0 ? seg : seg.slice(0, semi);
    return looksLikePathToken(safeDecode(head)) ? REDACTED + (semi < 0 ? '' : seg.slice(semi)) : seg;
  }).join('/');
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

// Both & and ; separate parameters (";" is still accepted by many servers).
function redactParams(params: string, depth: number): string {
  return params
    .split(/([&;])/)
    .map((piece, i) => {
      if (i % 2 === 1) return piece; // a separator
      const eq = piece.indexOf('=');
      if (eq < 0) return piece;
      const name = piece.slice(0, eq);
      const value = piece.slice(eq + 1);
      if (value === '') return piece;
      const decoded = safeDecode(value);
      if (isSecretName(safeDecode(name)) || looksLikeSecretToken(decoded) || looksLikePathToken(decoded)) return `${name}=${REDACTED}`;
      return `${name}=${redactNested(value, decoded, depth)}`;
    })
    .join('');
}

/**
 * A parameter whose value is itself a URL (next=, redirect_uri=, return=...) carries that URL's
 * secrets: redact it by the same rules, then encode it back the way it came. A value encoded more
 * than once ("https%253A%252F%252F…") is decoded until it reads as a URL. Past MAX_NESTING levels
 * the whole value goes: what cannot be read through cannot be shown.
 */
function redactNested(value: string, decoded: string, depth: number): string {
  if (!looksNested(decoded)) {
    const again = safeDecode(decoded);
    if (again === decoded || depth >= MAX_NESTING) return value;
    const inner = redactNested(decoded, again, depth + 1);
    if (inner === decoded) return value;
    return value === decoded ? inner : encodeURIComponent(inner);
  }
  if (depth >= MAX_NESTING) return REDACTED;
  const inner = redactUrl(decoded, depth + 1);
  if (inner === decoded) return value;
  return value === decoded ? inner : encodeURIComponent(inner);
}

/** A URL (absolute, scheme-relative or a path) with parameters or userinfo, or a query of its own. */
function looksNested(s: string): boolean {
  return /^[a-z][a-z0-9+.-]{0,31}:\/\/|^\/|[?#;]/i.test(s) && /[=@]/.test(s);
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
  // Link: <url>; rel=..., where the URL may be relative (ABSOLUTE_URL below would miss it).
  if (n === 'link') return redactTokenShapes(v.replace(/<([^<>]*)>/g, (_all, u: string) => `<${redactUrl(u)}>`), REDACTED);
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
