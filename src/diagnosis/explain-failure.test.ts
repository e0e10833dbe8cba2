import { describe, expect, it } from 'vitest';
import { explainFailure } from './explain-failure';
import { rec } from './test-records';

const ids = (error: string, over = {}) => explainFailure(rec({ status: 0, error, ...over })).map((h) => h.id);

describe('explainFailure', () => {
  it('returns nothing without an error', () => {
    expect(explainFailure(rec({ status: 500 }))).toEqual([]);
    expect(explainFailure(rec({ status: 0, error: '  ' }))).toEqual([]);
  });
  it('maps Chromium and Firefox names to one context each', () => {
    const cases: [string, string][] = [
      ['net::ERR_BLOCKED_BY_CLIENT', 'failure-blocked-by-client'],
      ['net::ERR_BLOCKED_BY_ADMINISTRATOR', 'failure-blocked-by-admin'],
      ['net::ERR_BLOCKED_BY_ORB', 'failure-blocked-policy'],
      ['NS_ERROR_TRACKING_URI', 'failure-blocked-tracking'],
      ['NS_ERROR_PHISHING_URI', 'failure-blocked-safety'],
      ['net::ERR_EMPTY_RESPONSE', 'failure-empty-response'],
      ['NS_ERROR_NET_RESET', 'failure-reset-or-empty'],
      ['NS_ERROR_NET_INTERRUPT', 'failure-empty-response'],
      ['NS_ERROR_NET_EMPTY_RESPONSE', 'failure-empty-response'],
      ['net::ERR_CONNECTION_RESET', 'failure-connection-reset'],
      ['net::ERR_INCOMPLETE_CHUNKED_ENCODING', 'failure-truncated'],
      ['net::ERR_CONNECTION_REFUSED', 'failure-refused'],
      ['NS_ERROR_CONNECTION_REFUSED', 'failure-refused'],
      ['net::ERR_PROXY_CONNECTION_FAILED', 'failure-proxy'],
      ['net::ERR_NAME_NOT_RESOLVED', 'failure-dns'],
      ['NS_ERROR_UNKNOWN_HOST', 'failure-dns'],
      ['NS_ERROR_DEFINITIVE_UNKNOWN_HOST', 'failure-dns'],
      ['net::ERR_DNS_TIMED_OUT', 'failure-dns'],
      ['net::ERR_CONNECTION_TIMED_OUT', 'failure-timeout'],
      ['NS_ERROR_NET_TIMEOUT', 'failure-timeout'],
      ['net::ERR_INTERNET_DISCONNECTED', 'failure-offline'],
      ['net::ERR_NETWORK_CHANGED', 'failure-network-changed'],
      ['net::ERR_CERT_DATE_INVALID', 'failure-certificate'],
      ['net::ERR_SSL_PROTOCOL_ERROR', 'failure-tls'],
      ['NS_ERROR_DOM_BAD_URI', 'failure-cors'],
      ['net::ERR_ABORTED', 'failure-aborted'],
      ['NS_BINDING_ABORTED', 'failure-aborted'],
      ['net::ERR_TOO_MANY_REDIRECTS', 'failure-redirect-loop'],
      ['NS_ERROR_REDIRECT_LOOP', 'failure-redirect-loop'],
      ['net::ERR_UNSAFE_REDIRECT', 'failure-unsafe-redirect'],
      ['net::ERR_HTTP2_PROTOCOL_ERROR', 'failure-protocol'],
      ['net::ERR_QUIC_PROTOCOL_ERROR.QUIC_NETWORK_IDLE_TIMEOUT', 'failure-protocol'],
      ['NS_ERROR_CORRUPTED_CONTENT', 'failure-protocol'],
      ['net::ERR_UNSAFE_PORT', 'failure-blocked-port'],
      ['net::ERR_CACHE_MISS', 'failure-cache-miss'],
      ['net::ERR_SOMETHING_NEW', 'failure-other'],
    ];
    for (const [error, id] of cases) expect(ids(error), error).toEqual([id]);
  });
  it('reads Firefox TLS tokens, not the (possibly localized) words', () => {
    const h = explainFailure(rec({ status: 0, error: 'Der Server verwendet ein ungültiges Zertifikat. Fehlercode: SEC_ERROR_UNKNOWN_ISSUER' }));
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ id: 'failure-certificate', params: { code: 'SEC_ERROR_UNKNOWN_ISSUER' } });
    expect(ids('MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT')).toEqual(['failure-certificate']);
    expect(ids('SSL_ERROR_BAD_CERT_DOMAIN')).toEqual(['failure-certificate']);
    expect(ids('SSL_ERROR_NO_CYPHER_OVERLAP')).toEqual(['failure-tls']);
    expect(ids('An error occurred during a connection to example.com.')).toEqual(['failure-other']);
  });
  it('calls Firefox’s NS_ERROR_ABORT an extension’s block only when the recorder found it never left the browser', () => {
    expect(ids('NS_ERROR_ABORT', { blocked: 'extension' })).toEqual(['failure-cancelled-by-extension']);
    // The page's own EventSource.close() is NS_ERROR_ABORT too (measured): an ordinary abort.
    expect(ids('NS_ERROR_ABORT')).toEqual(['failure-aborted']);
  });
  it('names which of tracking protection’s lists blocked the request', () => {
    const list = (error: string) => explainFailure(rec({ status: 0, error, blocked: 'tracking-protection' }))[0].params.list;
    expect(list('NS_ERROR_TRACKING_URI')).toBe('TRACKING');
    expect(list('NS_ERROR_FINGERPRINTING_URI')).toBe('FINGERPRINTING');
    expect(list('NS_ERROR_CRYPTOMINING_URI')).toBe('CRYPTOMINING');
    expect(list('NS_ERROR_SOCIALTRACKING_URI')).toBe('SOCIALTRACKING');
    expect(list('NS_ERROR_EMAILTRACKING_URI')).toBe('EMAILTRACKING');
  });
  it('marks an aborted request as harmless info', () => {
    expect(explainFailure(rec({ status: 0, error: 'net::ERR_ABORTED' }))[0].severity).toBe('info');
  });
  it('notes a status seen before the failure', () => {
    const h = explainFailure(rec({ status: 200, error: 'net::ERR_ABORTED' }));
    expect(h.map((x) => x.id)).toEqual(['failure-aborted', 'status-before-failure']);
    expect(h[1].params.status).toBe(200);
  });
  it('suggests CORS only for a script request whose response lacked Access-Control-Allow-Origin', () => {
    const base = { status: 200, error: 'net::ERR_FAILED', type: 'xmlhttprequest' };
    expect(ids('net::ERR_FAILED', { ...base, headers: [['content-type', 'application/json']] })).toEqual(['failure-cors-possible', 'status-before-failure']);
    expect(ids('net::ERR_FAILED', { ...base, headers: [['access-control-allow-origin', '*']] })).toEqual(['failure-other', 'status-before-failure']);
    expect(ids('net::ERR_FAILED', { ...base, type: 'image', headers: [['server', 'x']] })[0]).toBe('failure-other');
    expect(ids('net::ERR_FAILED', { status: 0, type: 'xmlhttprequest' })).toEqual(['failure-other']);
  });
  it('keeps the raw error and context as parameters', () => {
    const [h] = explainFailure(rec({ status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT', type: 'script', frame: 'sub' }));
    expect(h.params).toEqual({ error: 'net::ERR_BLOCKED_BY_CLIENT', type: 'script', frame: 'sub' });
  });
});
