import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildErrorNameIndex, errorIdFor } from './error-names';
import type { ErrorFacts } from './types';

const ERRORS = new URL('../../data/errors/', import.meta.url);
const TSV = new URL('../../test/fixtures/reference/network-errors.tsv', import.meta.url);

const facts: ErrorFacts[] = readdirSync(ERRORS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, ERRORS), 'utf8')) as ErrorFacts);
const index = buildErrorNameIndex(facts);
const byId = new Map(facts.map((f) => [f.id, f]));

function referenceNames(): string[] {
  return readFileSync(TSV, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[1]?.trim())
    .filter((name): name is string => name !== undefined && name !== '');
}

describe('errorIdFor', () => {
  it('maps every reference name to the entry that lists it', () => {
    const names = referenceNames();
    expect(names.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const name of names) {
      const id = errorIdFor(name, index);
      if (id === undefined) problems.push(`${name}: no entry`);
      else if (!byId.get(id)?.names.includes(name)) problems.push(`${name}: maps to ${id}, which does not list it`);
    }
    expect(problems).toEqual([]);
  });

  it('finds each name in exactly one entry', () => {
    const owners = new Map<string, string[]>();
    for (const f of facts)
      for (const n of f.names) {
        const key = n.toUpperCase().replace(/^NET::/, '');
        owners.set(key, [...(owners.get(key) ?? []), f.id]);
      }
    const shared = [...owners].filter(([, ids]) => ids.length > 1).map(([n, ids]) => `${n}: ${ids.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('accepts Chromium names with or without "net::", in any case', () => {
    expect(errorIdFor('net::ERR_CONNECTION_REFUSED', index)).toBe('ERR_CONNECTION_REFUSED');
    expect(errorIdFor('ERR_CONNECTION_REFUSED', index)).toBe('ERR_CONNECTION_REFUSED');
    expect(errorIdFor('NET::err_connection_refused', index)).toBe('ERR_CONNECTION_REFUSED');
    expect(errorIdFor('  net::ERR_NAME_NOT_RESOLVED \n', index)).toBe('ERR_NAME_NOT_RESOLVED');
    expect(errorIdFor('ns_error_unknown_host', index)).toBe('ERR_NAME_NOT_RESOLVED');
  });

  it('accepts entry ids, as in ?error=ERR_CONNECTION_REFUSED', () => {
    for (const f of facts) expect(errorIdFor(f.id, index)).toBe(f.id);
  });

  it('groups the two browsers\' names for the same failure', () => {
    expect(errorIdFor('NS_ERROR_CONNECTION_REFUSED', index)).toBe('ERR_CONNECTION_REFUSED');
    expect(errorIdFor('NS_ERROR_NET_RESET', index)).toBe('ERR_CONNECTION_RESET');
    expect(errorIdFor('NS_BINDING_ABORTED', index)).toBe('ERR_ABORTED');
    expect(errorIdFor('NS_ERROR_ABORT', index)).toBe('ERR_BLOCKED_BY_CLIENT');
    expect(errorIdFor('NS_ERROR_OFFLINE', index)).toBe('ERR_INTERNET_DISCONNECTED');
  });

  it('matches QUIC errors that carry a suffix by their prefix', () => {
    expect(errorIdFor('net::ERR_QUIC_PROTOCOL_ERROR.QUIC_NETWORK_IDLE_TIMEOUT', index)).toBe('ERR_QUIC_PROTOCOL_ERROR');
    expect(errorIdFor('net::ERR_QUIC_PROTOCOL_ERROR.QUIC_HANDSHAKE_TIMEOUT', index)).toBe('ERR_QUIC_PROTOCOL_ERROR');
    expect(errorIdFor('net::err_quic_protocol_error.quic_too_many_rtos', index)).toBe('ERR_QUIC_PROTOCOL_ERROR');
  });

  it('does not let a longer name match a shorter one by prefix', () => {
    // ERR_CONNECTION_REFUSED_X is not ERR_CONNECTION_REFUSED, and no family covers it.
    expect(errorIdFor('net::ERR_CONNECTION_REFUSED_X', index)).toBeUndefined();
  });

  it('maps Chromium certificate, SSL and HTTP/2 names it does not list to their family entry', () => {
    expect(errorIdFor('net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED', index)).toBe('ERR_CERT_INVALID');
    expect(errorIdFor('net::ERR_SSL_UNRECOGNIZED_NAME_ALERT', index)).toBe('ERR_SSL_PROTOCOL_ERROR');
    expect(errorIdFor('net::ERR_HTTP2_PING_FAILED', index)).toBe('ERR_HTTP2_PROTOCOL_ERROR');
    expect(errorIdFor('net::ERR_CERT_DATE_INVALID', index)).toBe('ERR_CERT_DATE_INVALID');
  });

  it('recognizes Firefox certificate and TLS codes anywhere in the string', () => {
    expect(errorIdFor('SEC_ERROR_UNKNOWN_ISSUER', index)).toBe('ERR_CERT_AUTHORITY_INVALID');
    expect(errorIdFor('MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', index)).toBe('ERR_CERT_AUTHORITY_INVALID');
    expect(errorIdFor('SSL_ERROR_BAD_CERT_DOMAIN', index)).toBe('ERR_CERT_COMMON_NAME_INVALID');
    expect(errorIdFor('SEC_ERROR_EXPIRED_CERTIFICATE', index)).toBe('ERR_CERT_DATE_INVALID');
    expect(errorIdFor('SSL_ERROR_NO_CYPHER_OVERLAP', index)).toBe('ERR_SSL_VERSION_OR_CIPHER_MISMATCH');
    // Inside a message, in any language; the words are never used.
    expect(errorIdFor('Le certificat a expiré. (Code d’erreur : SEC_ERROR_EXPIRED_CERTIFICATE)', index)).toBe('ERR_CERT_DATE_INVALID');
    expect(errorIdFor('证书无效。错误代码：SSL_ERROR_BAD_CERT_DOMAIN', index)).toBe('ERR_CERT_COMMON_NAME_INVALID');
    // Codes without an entry of their own fall into the family's entry.
    expect(errorIdFor('Error code: SEC_ERROR_OCSP_BAD_SIGNATURE', index)).toBe('ERR_CERT_INVALID');
    expect(errorIdFor('mozilla_pkix_error_some_future_rule', index)).toBe('ERR_CERT_INVALID');
    expect(errorIdFor('SSL_ERROR_HANDSHAKE_FAILURE_ALERT', index)).toBe('ERR_SSL_PROTOCOL_ERROR');
  });

  it('never maps by English words alone', () => {
    expect(errorIdFor("Peer's Certificate has expired.", index)).toBeUndefined();
    expect(errorIdFor('The connection was refused', index)).toBeUndefined();
    expect(errorIdFor('unknown', index)).toBe('UNKNOWN'); // the entry id itself, not a word match
    expect(errorIdFor('an unknown error', index)).toBeUndefined();
  });

  it('returns undefined for unknown names and empty input', () => {
    expect(errorIdFor('net::ERR_SOMETHING_NEW', index)).toBeUndefined();
    expect(errorIdFor('NS_ERROR_SOMETHING_NEW', index)).toBeUndefined();
    expect(errorIdFor('', index)).toBeUndefined();
    expect(errorIdFor('   ', index)).toBeUndefined();
    expect(errorIdFor('toString', index)).toBeUndefined();
    expect(errorIdFor('__proto__', index)).toBeUndefined();
  });

  it('has an UNKNOWN entry for names it does not recognize, and Firefox proxy refusals land on the tunnel entry', () => {
    expect(byId.get('UNKNOWN')?.category).toBe('other');
    expect(errorIdFor('NS_ERROR_PROXY_FORBIDDEN', index)).toBe('ERR_TUNNEL_CONNECTION_FAILED');
    expect(errorIdFor('NS_ERROR_PROXY_CONNECTION_REFUSED', index)).toBe('ERR_PROXY_CONNECTION_FAILED');
  });
});

describe('Firefox NSS messages without a code', () => {
  it('are recognised as certificate failures by shape, in any language', async () => {
    const { buildErrorNameIndex, errorIdFor, NSS_MESSAGE_ID } = await import('./error-names');
    const index = buildErrorNameIndex([
      { id: NSS_MESSAGE_ID, names: ['net::ERR_CERT_INVALID'], category: 'tls', fault: 'server', retry: 'no', related: [] },
    ]);
    const ff = { nssMessages: true };
    expect(errorIdFor("Peer's Certificate issuer is not recognized.", index, ff)).toBe(NSS_MESSAGE_ID);
    expect(errorIdFor("L'émetteur du certificat du pair n'est pas reconnu.", index, ff)).toBe(NSS_MESSAGE_ID);
    expect(errorIdFor('Tổ chức phát hành chứng chỉ không được công nhận.', index, ff)).toBe(NSS_MESSAGE_ID);
    expect(errorIdFor('GARBAGE', index, ff)).toBeUndefined();
    // Only for Firefox's own reports: elsewhere a sentence is not evidence of anything.
    expect(errorIdFor("Peer's Certificate issuer is not recognized.", index)).toBeUndefined();
  });
});
