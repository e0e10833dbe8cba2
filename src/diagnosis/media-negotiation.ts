// Content negotiation evidence for 406 and 415, and the RFC 9457 problem-details body type.
// 415 may carry Accept / Accept-Encoding (RFC 9110 §15.5.16) or Accept-Patch (RFC 5789) saying
// what the server would take; a 406 may name in Vary the request headers it negotiated on.
import type { HeaderPair } from '../core/types';
import { headerFirst, headerList, splitList } from './header-lookup';

export interface MediaType {
  /** "application/problem+json", lower-cased, without parameters. */
  essence: string;
  type: string;
  subtype: string;
}

const TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
const MEDIA = new RegExp(`^(${TOKEN})/(${TOKEN})[ \\t]*(?:;|$)`);

export function parseMediaType(value: string): MediaType | undefined {
  const m = MEDIA.exec(typeof value === 'string' ? value.trim() : '');
  if (!m) return undefined;
  const type = m[1].toLowerCase();
  const subtype = m[2].toLowerCase();
  return { essence: `${type}/${subtype}`, type, subtype };
}

/** 'json' / 'xml' when the body is an RFC 9457 problem report. */
export function problemDetailsFormat(headers: readonly HeaderPair[]): 'json' | 'xml' | undefined {
  const ct = headerFirst(headers, 'content-type');
  const mt = ct === undefined ? undefined : parseMediaType(ct);
  if (mt?.essence === 'application/problem+json') return 'json';
  if (mt?.essence === 'application/problem+xml') return 'xml';
  return undefined;
}

export interface AcceptedList {
  /** The header that said it, canonical case. */
  header: 'Accept' | 'Accept-Encoding' | 'Accept-Patch' | 'Accept-Post';
  values: string[];
}

/** What a 415 response says the server would accept instead, first header found. */
export function acceptedByServer(headers: readonly HeaderPair[]): AcceptedList | undefined {
  for (const header of ['Accept', 'Accept-Patch', 'Accept-Post', 'Accept-Encoding'] as const) {
    const v = headerList(headers, header);
    if (v !== undefined) return { header, values: splitList(v) };
  }
  return undefined;
}

/** Request headers a 406 was negotiated on, from Vary ("*" kept as is). */
export function negotiatedOn(headers: readonly HeaderPair[]): string[] | undefined {
  const v = headerList(headers, 'vary');
  if (v === undefined) return undefined;
  const names = splitList(v);
  return names.length > 0 ? names : undefined;
}
