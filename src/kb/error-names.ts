// Maps the `error` string of webRequest.onErrorOccurred to a knowledge-base error id.
// Pure: the index is built from ErrorFacts by the caller, because the popup loads the
// knowledge base lazily and this module must not pull JSON into its bundle.

import type { ErrorFacts } from './types';

/** Normalized name (upper case, no "net::") -> entry id. A plain object so it can be stored as JSON. */
export type ErrorNameIndex = Readonly<Record<string, string>>;

// Name families whose members are too many (or too new) to list one by one. Used only when
// no exact name matches; each maps to an entry that explains the whole family.
const FAMILIES: ReadonlyArray<readonly [prefix: string, id: string]> = [
  ['ERR_CERT_', 'ERR_CERT_INVALID'],
  ['ERR_SSL_', 'ERR_SSL_PROTOCOL_ERROR'],
  ['ERR_QUIC_', 'ERR_QUIC_PROTOCOL_ERROR'],
  ['ERR_HTTP2_', 'ERR_HTTP2_PROTOCOL_ERROR'],
  // Firefox reports a proxy's refusal of a CONNECT tunnel as NS_ERROR_PROXY_<status>.
  ['NS_ERROR_PROXY_', 'ERR_TUNNEL_CONNECTION_FAILED'],
  // NSS and mozilla::pkix codes: certificate problems...
  ['SEC_ERROR_', 'ERR_CERT_INVALID'],
  ['MOZILLA_PKIX_ERROR_', 'ERR_CERT_INVALID'],
  // ...and TLS handshake problems (the certificate ones among them are listed by name).
  ['SSL_ERROR_', 'ERR_SSL_PROTOCOL_ERROR'],
];

// Code-like tokens: Chromium and XPCOM names, and the NSS codes Firefox may embed in a
// (possibly translated) TLS message. Matching tokens, never words, keeps every language working.
const CODE_TOKEN = /(?:ERR_|NS_|SEC_ERROR_|SSL_ERROR_|MOZILLA_PKIX_ERROR_)[A-Z0-9_]*[A-Z0-9]/g;

function normalize(name: string): string {
  return name.trim().toUpperCase().replace(/^NET::/, '');
}

/** Index every name and id of the given entries. Entries with no names (UNKNOWN) are reachable by id only. */
export function buildErrorNameIndex(facts: readonly ErrorFacts[]): ErrorNameIndex {
  const index: Record<string, string> = {};
  for (const f of facts) {
    index[normalize(f.id)] = f.id;
    for (const name of f.names) index[normalize(name)] = f.id;
  }
  return index;
}

function lookup(index: ErrorNameIndex, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(index, key) ? index[key] : undefined;
}

/**
 * The entry id for a reported error string, or undefined when it is not recognized.
 * Accepts "net::ERR_X", "ERR_X", XPCOM names and entry ids in any case; Chromium QUIC
 * errors with a ".QUIC_..." suffix; Firefox TLS messages that contain an NSS code.
 */
/**
 * @param opts.nssMessages the string came from Firefox's webRequest, where a message without any
 *   code can only be NSS's (TLS/certificate); off for Chromium and for typed-in names.
 */
export function errorIdFor(reported: string, index: ErrorNameIndex, opts: { nssMessages?: boolean } = {}): string | undefined {
  const key = normalize(reported);
  if (key === '') return undefined;
  const exact = lookup(index, key);
  if (exact !== undefined) return exact;

  // "ERR_QUIC_PROTOCOL_ERROR.QUIC_NETWORK_IDLE_TIMEOUT", "NS_ERROR_X (0x804b...)", or a
  // message with a code inside: try each code-like token, first by name, then by family.
  const tokens = key.match(CODE_TOKEN) ?? [];
  for (const token of tokens) {
    const id = lookup(index, token);
    if (id !== undefined) return id;
  }
  for (const token of tokens)
    for (const [prefix, id] of FAMILIES)
      if (token.startsWith(prefix) && lookup(index, id) === id) return id;
  // Firefox names every network failure with an NS_ code, except the ones NSS (its TLS library)
  // reports: those arrive as a sentence in the user's language with no code at all. So a
  // multi-word message with no code-like token is a TLS or certificate failure, whatever the
  // language — recognised by its shape, never by its words.
  if (opts.nssMessages && tokens.length === 0 && /\S\s+\S/u.test(reported.trim()) && lookup(index, NSS_MESSAGE_ID) === NSS_MESSAGE_ID) return NSS_MESSAGE_ID;
  return undefined;
}

/** Where an NSS message without a code goes: certificate failures are by far the most common. */
export const NSS_MESSAGE_ID = 'ERR_CERT_INVALID';
