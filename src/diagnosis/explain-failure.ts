// Network failures (no usable response) put in context: which kind of failure the browser's
// error name stands for. Chromium names are "net::ERR_*" (QUIC ones carry a suffix, hence prefix
// matching); Firefox gives NS_* names, but for TLS it gives NSS text that may be localized, so
// only the SEC_ERROR_/SSL_ERROR_/MOZILLA_PKIX_ tokens inside it are trusted, never the words.
import type { TabRecord } from '../core/types';
import type { FailureHintId, Hint, Severity } from './types';
import { headerValues } from './header-lookup';
import { isExtensionAbort } from '../core/blocked';

type Rule = [test: RegExp, id: FailureHintId, severity: Severity];

const RULES: readonly Rule[] = [
  [/^net::ERR_BLOCKED_BY_CLIENT\b/, 'failure-blocked-by-client', 'info'],
  [/^net::ERR_BLOCKED_BY_ADMINISTRATOR\b/, 'failure-blocked-by-admin', 'info'],
  [/^net::ERR_BLOCKED_BY_(?:CSP|ORB|RESPONSE)\b|^NS_ERROR_(?:CONTENT_BLOCKED|BLOCKED_URI)\b/, 'failure-blocked-policy', 'warn'],
  [/^NS_ERROR_(?:MALWARE|PHISHING|UNWANTED|HARMFUL)_URI\b/, 'failure-blocked-safety', 'warn'],
  [/^NS_ERROR_(?:TRACKING|FINGERPRINTING|CRYPTOMINING|SOCIALTRACKING|EMAILTRACKING)_URI\b/, 'failure-blocked-tracking', 'info'],
  // Firefox's webRequest says NS_ERROR_NET_RESET both for a TCP reset and for a close without a byte
  // (measured, test/e2e/kb-scenario.ts, Firefox ESR 153); its error page calls the second
  // NS_ERROR_NET_EMPTY_RESPONSE. The name is a reset's, so it opens the reset entry, and its hint
  // names both causes.
  [/^NS_ERROR_NET_RESET\b/, 'failure-reset-or-empty', 'warn'],
  [/^net::ERR_(?:EMPTY_RESPONSE|CONNECTION_CLOSED)\b|^NS_ERROR_NET_(?:INTERRUPT|EMPTY_RESPONSE)\b/, 'failure-empty-response', 'warn'],
  [/^net::ERR_CONNECTION_(?:RESET|ABORTED)\b/, 'failure-connection-reset', 'warn'],
  [/^net::ERR_(?:CONTENT_LENGTH_MISMATCH|INCOMPLETE_CHUNKED_ENCODING)\b|^NS_ERROR_NET_PARTIAL_TRANSFER\b/, 'failure-truncated', 'warn'],
  [/^net::ERR_CONNECTION_REFUSED\b|^NS_ERROR_CONNECTION_REFUSED\b/, 'failure-refused', 'warn'],
  [/^net::ERR_(?:PROXY_\w+|TUNNEL_CONNECTION_FAILED)\b|^NS_ERROR_(?:PROXY_\w+|UNKNOWN_PROXY_HOST)\b/, 'failure-proxy', 'warn'],
  [/^net::ERR_(?:NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|DNS_\w+)\b|^NS_ERROR_(?:DEFINITIVE_)?UNKNOWN_HOST\b/, 'failure-dns', 'warn'],
  [/^net::ERR_(?:TIMED_OUT|CONNECTION_TIMED_OUT)\b|^NS_ERROR_NET_TIMEOUT\b/, 'failure-timeout', 'warn'],
  [/^net::ERR_INTERNET_DISCONNECTED\b|^NS_ERROR_OFFLINE\b/, 'failure-offline', 'warn'],
  [/^net::ERR_NETWORK_CHANGED\b/, 'failure-network-changed', 'info'],
  [/^net::ERR_(?:CERT_\w+|CERTIFICATE_\w+|INSECURE_RESPONSE|SSL_PINNED_KEY_NOT_IN_CERT_CHAIN)\b/, 'failure-certificate', 'warn'],
  [/\b(?:SEC_ERROR_\w+|MOZILLA_PKIX_ERROR_\w+|SSL_ERROR_BAD_CERT_\w+)/, 'failure-certificate', 'warn'],
  [/^net::ERR_SSL_\w+|^NS_ERROR_NET_INADEQUATE_SECURITY\b|\bSSL_ERROR_\w+/, 'failure-tls', 'warn'],
  [/^NS_ERROR_DOM_BAD_URI\b/, 'failure-cors', 'warn'],
  // NS_ERROR_ABORT is an extension's cancel only when the recorder found the request never left the
  // browser (record.blocked; measured, see core/blocked.ts): explainFailure answers that one first.
  [/^net::ERR_ABORTED\b|^NS_BINDING_ABORTED\b|^NS_ERROR_ABORT\b/, 'failure-aborted', 'info'],
  [/^net::ERR_TOO_MANY_REDIRECTS\b|^NS_ERROR_REDIRECT_LOOP\b/, 'failure-redirect-loop', 'warn'],
  [/^net::ERR_UNSAFE_REDIRECT\b/, 'failure-unsafe-redirect', 'warn'],
  [/^net::ERR_(?:HTTP2_\w+|QUIC_\w+|INVALID_RESPONSE|INVALID_HTTP_RESPONSE|RESPONSE_HEADERS_\w+|CONTENT_DECODING_FAILED|HTTP_1_1_REQUIRED)|^NS_ERROR_(?:INVALID_CONTENT_ENCODING|CORRUPTED_CONTENT)\b/, 'failure-protocol', 'warn'],
  [/^net::ERR_UNSAFE_PORT\b|^NS_ERROR_PORT_ACCESS_NOT_ALLOWED\b/, 'failure-blocked-port', 'warn'],
  [/^net::ERR_CACHE_MISS\b|^NS_ERROR_DOCUMENT_NOT_CACHED\b/, 'failure-cache-miss', 'info'],
];

const FIREFOX_TLS_TOKEN = /\b(?:SEC_ERROR|SSL_ERROR|MOZILLA_PKIX_ERROR)_[A-Z0-9_]+/;
/** Which of tracking protection's lists: TRACKING, FINGERPRINTING, CRYPTOMINING, SOCIALTRACKING, EMAILTRACKING. */
const TRACKING_LIST = /^NS_ERROR_([A-Z]+)_URI\b/;
const SCRIPT_TYPES = new Set(['xmlhttprequest', 'fetch']);

/** Hints for a record that ended in a network error; [] when record.error is not set. */
export function explainFailure(record: Pick<TabRecord, 'error' | 'status' | 'type' | 'frame' | 'headers' | 'blocked'>): Hint[] {
  const error = typeof record.error === 'string' ? record.error.trim() : '';
  if (error === '') return [];
  const base = { error, type: record.type, frame: record.frame };
  const hints: Hint[] = [];

  const rule = RULES.find(([re]) => re.test(error));
  if (isExtensionAbort(record)) {
    hints.push({ id: 'failure-cancelled-by-extension', severity: 'info', params: base });
  } else if (rule) {
    const token = FIREFOX_TLS_TOKEN.exec(error)?.[0];
    const list = rule[1] === 'failure-blocked-tracking' ? TRACKING_LIST.exec(error)?.[1] : undefined;
    hints.push({ id: rule[1], severity: rule[2], params: token ? { ...base, code: token } : list ? { ...base, list } : base });
  } else if (looksLikeCors(error, record)) {
    hints.push({ id: 'failure-cors-possible', severity: 'warn', params: base });
  } else {
    hints.push({ id: 'failure-other', severity: 'warn', params: base });
  }

  if (record.status > 0) {
    hints.push({ id: 'status-before-failure', severity: 'info', params: { ...base, status: record.status } });
  }
  return hints;
}

// Chromium reports a CORS rejection only as the generic net::ERR_FAILED. The evidence that fits:
// a script request whose response did arrive (headers were recorded) without
// Access-Control-Allow-Origin. Worded as a possibility, since same-origin requests need no such header.
function looksLikeCors(error: string, record: Pick<TabRecord, 'type' | 'headers'>): boolean {
  return error === 'net::ERR_FAILED'
    && SCRIPT_TYPES.has(record.type)
    && record.headers.length > 0
    && headerValues(record.headers, 'access-control-allow-origin').length === 0;
}
