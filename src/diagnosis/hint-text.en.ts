// English words for the diagnosis. The only module with English in it: a translation is a sibling
// file (hint-text.fr.ts, ...) exporting the same `text` object, checked against HintTextModule.
// Parameters are inserted as text; the UI renders the result as text, never as HTML.
import type {
  EdgeReason, HintId, HintParams, OwnerCheckId, ProducerRole, ReportLabels,
} from './types';
import { textModule } from './hint-text-module';

// Parameter readers, shared by every language module (they hold no words).
export const str = (p: HintParams, key: string): string => (p[key] === undefined ? '' : String(p[key]));
export const num = (p: HintParams, key: string): number => (typeof p[key] === 'number' ? (p[key] as number) : Number(p[key]));
export const opt = (p: HintParams, key: string, wrap: (v: string) => string): string => (str(p, key) === '' ? '' : wrap(str(p, key)));

/** "45 s", "2 min 5 s", "3 h 20 min", "2 d 4 h". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  if (s < 86400) return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
  return `${Math.floor(s / 86400)} d${Math.floor((s % 86400) / 3600) ? ` ${Math.floor((s % 86400) / 3600)} h` : ''}`;
}

/** formatDuration with another language's unit words for s, min, h and d. */
export function durationWith(units: Record<'s' | 'min' | 'h' | 'd', string>): (seconds: number) => string {
  return (seconds) => formatDuration(seconds).replace(/(\d+) (s|min|h|d)\b/g, (_, n: string, u: 's' | 'min' | 'h' | 'd') => `${n} ${units[u]}`);
}

export function formatTime(ms: number): string {
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC') : String(ms);
}

const ROLE: Record<ProducerRole, string> = {
  cdn: 'CDN',
  proxy: 'reverse proxy',
  'load-balancer': 'load balancer',
  origin: 'web/application server',
  platform: 'hosting platform',
  'web-server': 'web server',
  'app-server': 'application server',
  application: 'application',
};

const DETAIL_LABELS: Record<string, string> = {
  rayId: 'Ray ID',
  colo: 'data center',
  pop: 'edge location',
  requestId: 'request ID',
  traceId: 'trace ID',
  wafAction: 'WAF action',
  cacheStatus: 'cache status',
  cache: 'cache',
  servedBy: 'served by',
  varnishId: 'Varnish ID',
  aspnetVersion: 'ASP.NET version',
  error: 'error code',
  upstreamServiceTime: 'upstream time (ms)',
  mitigated: 'mitigated',
  server: 'Server header',
  squidError: 'Squid error',
};


// {producer} is a product name, {server} the raw Server header; both may be empty.
const EDGE_REASONS: Record<EdgeReason, (p: HintParams) => string> = {
  'cloudflare-5xx': () => 'Cloudflare generated this error itself: its 52x codes report trouble reaching or talking to the origin server, which never sent this response.',
  'cloudflare-challenge': () => 'Cloudflare answered with a security check (cf-mitigated) instead of passing the request to the site.',
  'cloudfront-own-error': () => 'CloudFront generated this error itself (Server: CloudFront, X-Cache "Error from cloudfront").',
  'cloudfront-origin-error': (p) => `The origin server produced this error and CloudFront passed it on${opt(p, 'server', (s) => ` (Server: ${s})`)}.`,
  'proxy-gateway-error': (p) => `${str(p, 'producer') || 'The proxy'} produced this error itself: it forwards requests to another server (the upstream) and got no usable answer from it.`,
  'vendor-status': (p) => `This status code is specific to ${str(p, 'producer') || 'the server software'}, which generated it itself.`,
  'elb-own': () => 'The AWS load balancer answered by itself (Server: awselb); the response did not come from a target behind it.',
  'akamai-own': () => 'An Akamai edge server generated this error (Server: AkamaiGHost); the origin did not send it.',
  'vercel-error': () => 'The Vercel platform produced this error (x-vercel-error), not a response written by the application.',
  'envoy-local-reply': () => 'Envoy answered by itself: x-envoy-upstream-service-time is missing, and Envoy adds it whenever a backend responded.',
  'envoy-upstream': () => 'A backend behind Envoy produced this response (x-envoy-upstream-service-time is present).',
  'server-is-origin': (p) => `${str(p, 'producer') || 'An intermediary'} passed this response on; the Server header names the software that wrote it${opt(p, 'server', (s) => ` (${s})`)}.`,
  'no-evidence': () => 'The headers do not tell whether an intermediary or the origin server produced this response.',
  'gateway-own-page': (p) => `${str(p, 'producer')} wrote this error response itself${opt(p, 'evidence', (e) => ` (${e}, the form of its own error pages)`)}; no application behind it wrote it.`,
  'gateway-passed-on': (p) => `The application behind ${str(p, 'producer')}${opt(p, 'application', (a) => ` (${a})`)} wrote this response and ${str(p, 'producer')} passed it on${opt(p, 'evidence', (e) => `: ${e} is not how ${str(p, 'producer')} writes its own errors`)}.`,
  'app-server-response': (p) => `The application running in ${str(p, 'producer')} wrote this response${opt(p, 'evidence', (e) => ` (${e})`)}; look at the application's own logs.`,
  'squid-own': (p) => `Squid generated this error itself${opt(p, 'evidence', (e) => ` (${e})`)}; the server behind it did not send it.`,
  'varnish-own': () => 'Varnish generated this error itself (Server: Varnish on a synthetic response): it got no usable answer from its backend.',
  'haproxy-own': () => 'Most likely HAProxy answered by itself (its built-in error response), without a backend server\'s answer.',
  'kong-own': (p) => `Kong answered by itself${opt(p, 'evidence', (e) => ` (${e}, which Kong adds to the responses it generates)`)}.`,
};

/** What Squid's X-Squid-Error names, in plain words. */
const SQUID_ERRORS: Record<string, string> = {
  ERR_CONNECT_FAIL: 'Squid could not connect to the server behind it',
  ERR_READ_ERROR: 'the connection to the server behind Squid failed while reading its answer (refused or reset)',
  ERR_READ_TIMEOUT: 'the server behind Squid did not answer within read_timeout',
  ERR_DNS_FAIL: 'Squid could not resolve the server\'s host name',
  ERR_ACCESS_DENIED: 'Squid\'s own access rules (http_access) refused the request',
  ERR_CACHE_ACCESS_DENIED: 'Squid asks for proxy authentication before it serves this',
  ERR_CANNOT_FORWARD: 'Squid found no route to forward the request (no cache_peer or direct path allowed)',
  ERR_ZERO_SIZE_OBJECT: 'the server behind Squid closed the connection without sending anything',
  ERR_GATEWAY_FAILURE: 'the server behind Squid failed as a gateway',
  ERR_INVALID_REQ: 'Squid found the request malformed',
  ERR_INVALID_URL: 'Squid found the URL malformed',
  ERR_TOO_BIG: 'the request or the answer was larger than Squid allows',
  ERR_SECURE_CONNECT_FAIL: 'Squid could not set up TLS with the server behind it',
  ERR_LIFETIME_EXP: 'the request took longer than Squid\'s connection lifetime',
  ERR_SHUTTING_DOWN: 'Squid is shutting down',
  ERR_UNSUP_REQ: 'Squid does not support this request method or protocol',
};


const OWNER_CHECKS: Record<OwnerCheckId, string> = {
  'nginx-upstream-up': 'Check that the upstream this location passes to (proxy_pass, fastcgi_pass, uwsgi_pass or grpc_pass: an app server, a port or a socket) is running and listening where nginx is configured to reach it.',
  'nginx-error-log': 'Read nginx\'s error.log at the time of the error: "connect() failed (111: Connection refused)" means nothing listens upstream; "upstream prematurely closed connection" means the app crashed or dropped the request mid-response.',
  'nginx-proxy-timeouts': 'Compare proxy_connect_timeout and proxy_read_timeout (60 s by default) with how long the upstream really takes; error.log shows "upstream timed out".',
  'nginx-slow-upstream': 'Find out why the upstream is slow (long queries, exhausted workers, a blocked dependency) rather than only raising the timeout.',
  'nginx-body-size': 'The request body exceeded client_max_body_size (1 MB by default); raise it for the upload route if larger bodies are expected.',
  'nginx-header-buffers': 'The request line or a header did not fit large_client_header_buffers; large cookies are the usual cause.',
  'nginx-rate-limit': 'nginx\'s limit_req and limit_conn reject with 503 by default; check whether a rate or connection limit fired (error.log "limiting requests").',
  'nginx-https-port': 'A plain-HTTP request reached the HTTPS port; link to https:// or redirect with "error_page 497".',
  'nginx-client-cert': 'The server requires a client certificate (ssl_verify_client): check that one is sent and that it chains to ssl_client_certificate.',
  'cf-origin-up': 'Check that the origin server is up and accepts connections on the port Cloudflare uses (80 or 443).',
  'cf-origin-firewall': 'Check that the origin\'s firewall, security plugins and rate limits allow Cloudflare\'s published IP ranges.',
  'cf-origin-response': 'Look in the origin\'s logs for crashes or empty replies at that time; very large response headers also trigger 520.',
  'cf-origin-dns': 'Check the DNS record in Cloudflare points to the right, reachable origin address.',
  'cf-origin-timeout': 'The origin accepted the connection but did not answer within about 100 seconds; move long jobs to background processing or speed up the endpoint.',
  'cf-ssl-mode': 'Check that the SSL/TLS mode (Full or Full strict) matches the origin: the origin must speak TLS on 443, and in strict mode present a valid, unexpired certificate for the host name.',
  'cf-1xxx': 'A 530 comes with a Cloudflare 1xxx error on the page; its number says what failed (often origin DNS).',
  'cf-ray-lookup': 'Search the Ray ID in Cloudflare\'s dashboard or logs, or quote it to Cloudflare support.',
  'alb-target-health': 'Check the target group: are targets registered and passing health checks?',
  'alb-idle-timeout': 'Compare the load balancer\'s idle timeout (60 s by default) with the targets\': the targets\' keep-alive timeout should be longer, and requests must finish within the idle timeout.',
  'alb-security-groups': 'Check that security groups and network ACLs let the load balancer reach the targets on the target port.',
  'alb-no-targets': 'The target group has no healthy registered targets in the load balancer\'s enabled Availability Zones.',
  'alb-waf': 'An AWS WAF rule associated with the load balancer may have blocked this request; check the WAF logs or sampled requests.',
  'alb-460': 'The client closed the connection before the load balancer could answer, often a client timeout shorter than the request takes.',
  'alb-463': 'The X-Forwarded-For header listed more than 30 IP addresses.',
  'alb-464': 'The request\'s protocol does not match the target group\'s protocol version (HTTP/1.1, HTTP/2 or gRPC).',
  'alb-561': 'The authenticate action failed at the identity provider; check the IdP configuration and its logs.',
  'cloudfront-origin-protocol': 'Check the origin protocol policy (HTTP only, HTTPS only, match viewer) and ports against what the origin actually serves.',
  'cloudfront-origin-cert': 'Check the origin\'s certificate: trusted CA, not expired, full chain, covering the origin domain name CloudFront connects to.',
  'cloudfront-origin-timeout': 'Compare the origin response timeout (30 s by default) with how long the origin takes to answer.',
  'cloudfront-origin-firewall': 'Check that the origin\'s firewall or security groups accept connections from CloudFront.',
  'cloudfront-403': 'CloudFront refused by its own configuration: check AWS WAF rules, geographic restrictions, signed URL or cookie requirements, and the alternate domain names on the distribution.',
  'cloudfront-request-id': 'Quote the X-Amz-Cf-Id value when looking in the CloudFront logs or asking AWS support.',
  'iis-substatus': 'Look up the request in the IIS log: the sc-substatus and sc-win32-status fields (for example 500.19, 401.2) pin down the exact cause.',
  'iis-app-pool': 'Check that the application pool is started; IIS stops a pool that crashes repeatedly (rapid-fail protection).',
  'iis-failed-request-tracing': 'Enable Failed Request Tracing for this status to see which module failed.',
  'vercel-error-code': 'Look up the x-vercel-error code in Vercel\'s error list and check the deployment\'s function logs.',
  'vercel-function-timeout': 'A function ran past its maximum duration; check its runtime in the logs and the configured limit.',
  'netlify-function-logs': 'Check the function logs in Netlify for a crash or timeout at that time.',
  'heroku-router-codes': 'Search the app\'s logs for the router line of this request: its code (H10 app crashed, H12 request timeout, H13 connection closed without response...) names the cause.',
  'envoy-response-flags': 'Read the access log\'s response flags for this request (UF upstream connection failure, UH no healthy upstream, UT upstream timeout, URX retry limit).',
  'envoy-upstream-health': 'Check the health of the upstream cluster\'s endpoints and any outlier detection or circuit breakers.',
  'apache-proxy-backend': 'Read the Apache error_log: mod_proxy logs why the backend could not be reached or answered badly.',
  'apache-proxy-timeout': 'Compare ProxyTimeout (or Timeout) with how long the backend takes.',
  'apache-error-log': 'Read the Apache error_log at that time; a broken .htaccess directive is a frequent cause of 500.',
  'fastly-backend-health': 'Check the Fastly service\'s backend health and that the origin accepts Fastly\'s connections.',
  'fastly-first-byte-timeout': 'A slow origin shows up as "first byte timeout": compare the backend\'s timeout settings with the origin\'s response time.',
  'akamai-reference': 'The error page\'s "Reference #" string identifies this request; look it up with Akamai\'s error translation tool or quote it to Akamai support.',
  'caddy-upstream': 'Check that the reverse_proxy upstream is running and reachable from Caddy; Caddy\'s log names the dial error.',
  'caddy-upstream-timeout': 'The upstream did not answer in time for reverse_proxy (the transport\'s response_header_timeout or dial_timeout); check why it is slow.',
  'nginx-php-fpm': 'If nginx hands this location to PHP-FPM (fastcgi_pass), check that PHP-FPM is running and that its socket or port matches fastcgi_pass; uwsgi_pass and grpc_pass fail the same way.',
  'haproxy-no-server': 'HAProxy had no server available in the backend: check the backend\'s health checks (show servers state on the stats socket) and that the servers listen where the backend says.',
  'haproxy-timeout-server': 'The backend server did not answer within HAProxy\'s `timeout server`; compare it with how long the server takes.',
  'haproxy-bad-response': 'The backend server closed the connection or sent an invalid answer; HAProxy\'s log shows the termination state (for example SH or PH).',
  'varnish-backend': 'Check the backend in the VCL (.host, .port) and its health probe; `varnishlog -g request -q "RespStatus == 503"` shows the FetchError.',
  'varnish-first-byte-timeout': 'A slow backend fails as "first byte timeout": compare .first_byte_timeout (60 s by default) with how long the backend takes.',
  'squid-cache-peer': 'Check the cache_peer line for this site (host, port, originserver) and that the server it names is up; cache.log says why the connection failed.',
  'squid-read-timeout': 'The server behind Squid was too slow: compare read_timeout (15 min by default) and the peer\'s connect-timeout with how long it takes.',
  'squid-http-access': 'An http_access rule denied the request: check the acl lines that match this URL in squid.conf.',
  'lighttpd-proxy-backend': 'lighttpd answers 503 when no proxy.server backend can be reached: check that the backend in proxy.server runs on that host and port; the error log names it.',
  'kong-upstream': 'Check the Kong service\'s upstream targets and their health; Kong\'s error log names the failure.',
  'traefik-service': 'Check the Traefik service\'s servers (the URL each router sends to) and their health; Traefik\'s access log shows the status it got.',
  'php-error-log': 'Read PHP\'s error log (the PHP-FPM pool\'s error_log or php_admin_value[error_log]): an uncaught exception or fatal error there is the cause.',
};


function challenge(p: HintParams): string {
  let s = `${str(p, 'scheme')} authentication`;
  if (str(p, 'realm')) s += ` (realm "${str(p, 'realm')}")`;
  return s;
}

/** The response shapes that point to a product when nothing names it. */
const SHAPES: Record<string, string> = {
  'haproxy-builtin': 'no Server and no Date header, and "Cache-Control: no-cache" on a short HTML page, which is the shape of HAProxy\'s built-in error responses',
};

/** Tracking protection's lists, as failure-blocked-tracking names them (explain-failure.ts). */
const TRACKING_LISTS: Record<string, string> = {
  TRACKING: 'trackers', FINGERPRINTING: 'fingerprinters', CRYPTOMINING: 'cryptominers', SOCIALTRACKING: 'social media trackers', EMAILTRACKING: 'email trackers',
};

const HINTS: Record<HintId, (p: HintParams) => string> = {
  producer: (p) => {
    const role = ROLE[str(p, 'role') as ProducerRole] ?? str(p, 'role');
    const details = Object.keys(DETAIL_LABELS).filter((k) => str(p, k) !== '').map((k) => `${DETAIL_LABELS[k]} ${str(p, k)}`);
    if (p.likely === true) return `Likely ${str(p, 'name')} (${role}): ${SHAPES[str(p, 'shape')] ?? str(p, 'shape')}.`;
    const evidence = str(p, 'evidenceHeader') ? ` Evidence: ${str(p, 'evidenceHeader')}: ${str(p, 'evidenceValue')}.` : '';
    return `Served by ${str(p, 'name')}${opt(p, 'version', (v) => ` ${v}`)} (${role})${details.length ? `; ${details.join(', ')}` : ''}.${evidence}`;
  },
  'producer-unknown': (p) => (p.noHeaders === true
    ? 'Unknown: the browser gave no response headers for this request (a cross-origin request the page may not read), so nothing tells which software answered.'
    : 'Unknown: no header names the software that answered (no Server, Via or vendor header), and the response has no shape Status Lens recognises.'),
  'squid-error': (p) => `Squid says ${SQUID_ERRORS[str(p, 'code')] ?? `"${str(p, 'code')}"`}${num(p, 'errno') > 0 ? ` (system error ${str(p, 'errno')})` : ''}.`,
  layers: (p) => `Layers seen in the headers, outermost first: ${str(p, 'names')}.`,
  'edge-generated': (p) => EDGE_REASONS[str(p, 'reason') as EdgeReason]?.(p) ?? '',
  'origin-generated': (p) => EDGE_REASONS[str(p, 'reason') as EdgeReason]?.(p) ?? '',
  'cached-error': (p) => `A cache served this error (${str(p, 'header')}: ${str(p, 'value')}): it can outlive its cause until the cached copy expires or is purged.`,
  'from-cache': () => 'The browser served this from its own cache; the server was not asked this time.',
  'cf-mitigated': (p) => `Cloudflare's security features intervened (cf-mitigated: ${str(p, 'value')}): a check was served instead of the page.`,
  'waf-action': (p) => `AWS WAF acted on this request (x-amzn-waf-action: ${str(p, 'action')}).`,
  'vendor-error-code': (p) => `${str(p, 'vendor')} error code: ${str(p, 'code')}.`,
  'owner-check': (p) => formatOwnerCheck(str(p, 'check') as OwnerCheckId),
  'retry-after': (p) => `The server asks to wait ${formatDuration(num(p, 'seconds'))} before trying again (until ${formatTime(num(p, 'at'))}).`,
  'retry-after-invalid': (p) => `The Retry-After header is neither a delay in seconds nor a date: "${str(p, 'raw')}".`,
  'auth-challenge': (p) => {
    let s = `The server asks for ${challenge(p)}`;
    if (str(p, 'error')) s += `; it rejected the credentials sent: ${str(p, 'error')}${opt(p, 'errorDescription', (d) => ` (${d})`)}`;
    else if (str(p, 'errorDescription')) s += `: ${str(p, 'errorDescription')}`;
    if (str(p, 'scope')) s += `; required scope: ${str(p, 'scope')}`;
    return `${s}.`;
  },
  'proxy-auth': (p) => `A proxy between this browser and the site asks for ${challenge(p)}: the proxy (often a company or network proxy) refused, not the website.`,
  allow: (p) => {
    if (num(p, 'count') === 0) return 'The resource accepts no method at all right now (empty Allow header).';
    if (p.methodAllowed === true) return `The Allow header lists ${str(p, 'method')} (${str(p, 'allowed')}), yet the server refused it: its configuration contradicts itself.`;
    return `This resource accepts ${str(p, 'allowed')}, not ${str(p, 'method')}.`;
  },
  location: (p) => {
    if (num(p, 'status') === 201) return `The new resource is at ${str(p, 'url')}.`;
    const notes = [p.httpsUpgrade === true ? 'upgrade to HTTPS' : '', p.crossHost === true ? 'to another host' : ''].filter(Boolean);
    return `Redirects to ${str(p, 'url')}${notes.length ? ` (${notes.join(', ')})` : ''}.`;
  },
  'location-invalid': (p) => `The Location header is not a usable URL: "${str(p, 'raw')}".`,
  'location-loop': () => 'This redirect points back to the same URL: the browser would loop until it gives up.',
  'location-downgrade': (p) => `This redirect leaves HTTPS for plain HTTP: ${str(p, 'from')} → ${str(p, 'to')}.`,
  'location-unsafe-scheme': (p) => `This redirect points to a "${str(p, 'scheme')}:" address, which browsers refuse to follow.`,
  'hsts-internal': () => 'The browser upgraded this request to HTTPS by itself because the site is on its HSTS list; the server never saw the http:// request.',
  'browser-internal-redirect': (p) => `The browser redirected this request itself${opt(p, 'reason', (r) => ` (reason: ${r})`)}, for example on behalf of an extension; the server did not send this redirect.`,
  'content-range': (p) => `The requested byte range lies outside the resource, which is ${str(p, 'length')} bytes long.`,
  upgrade: (p) => `The server requires switching protocol to: ${str(p, 'protocols')}.`,
  'accepted-types': (p) => `The server says what it would accept (${str(p, 'header')}): ${str(p, 'values')}.`,
  'negotiation-vary': (p) => `The server picks a version of the resource by these request headers: ${str(p, 'headers')}; none matched what the browser asked for.`,
  'problem-details': (p) => `The response body is a machine-readable problem report (RFC 9457, ${str(p, 'format').toUpperCase()}); its "title" and "detail" fields describe the error.`,
  'redirect-too-many': (p) => `The page went through ${str(p, 'hops')} redirects before loading; each costs a round trip, and more than ${str(p, 'max')} is worth shortening.`,
  'redirect-protocol-flip': (p) => `The redirect chain switches between HTTP and HTTPS ${str(p, 'changes')} times: two layers (a CDN and the origin, say) disagree on which to use.`,
  'redirect-https-downgrade': (p) => `A redirect in the chain leaves HTTPS for plain HTTP: ${str(p, 'from')} → ${str(p, 'to')}.`,
  'redirect-loop': (p) => (p.closed === true
    ? `The redirect chain comes back to ${str(p, 'url')}: a loop the browser gives up on.`
    : `The redirect chain passes through ${str(p, 'url')} twice before the page loads.`),
  'redirect-final-error': (p) => (num(p, 'status') > 0
    ? `The redirects end at a page that failed with ${str(p, 'status')}: ${str(p, 'url')}.`
    : `The redirects end at a page that did not load: ${str(p, 'url')}.`),
  'failure-blocked-by-client': () => 'Blocked in this browser by an extension, most likely a content blocker (uBlock Origin, AdBlock, Privacy Badger...): the request never left the browser, so the site is not at fault. To check, turn the blocker off for this site and reload.',
  'failure-cancelled-by-extension': () => 'Cancelled in this browser before it was sent: no request headers went out and no server was contacted, which is how Firefox reports a request an extension blocked (NS_ERROR_ABORT; a content blocker such as uBlock Origin, most likely). The site is not at fault. To check, turn the blocker off for this site and reload.',
  'failure-blocked-by-admin': () => 'Blocked in this browser by a policy an administrator set (a company or school URL block list): the site is not at fault, and only that administrator can lift it.',
  'failure-blocked-policy': () => 'The browser blocked this because of a rule the site set (Content-Security-Policy, Cross-Origin-Resource-Policy) or its own protection against cross-origin reads.',
  'failure-blocked-safety': () => 'The browser blocked this address as unsafe (listed for malware, phishing or unwanted software).',
  'failure-blocked-tracking': (p) => `Blocked in this browser by Firefox's tracking protection: the address is on its list of ${TRACKING_LISTS[str(p, 'list')] ?? TRACKING_LISTS.TRACKING}. The site is not at fault. To check, turn Enhanced Tracking Protection off for this site (the shield in the address bar) and reload.`,
  'failure-empty-response': () => 'The server accepted the connection and closed it without any response. Some servers do this on purpose (nginx "return 444"); otherwise the server process crashed or a limit cut the connection.',
  'failure-connection-reset': () => 'The connection was reset while the request was under way, by the server or by a firewall or device on the way.',
  'failure-reset-or-empty': () => 'Firefox gives this name to two failures: a connection reset while the request was under way (Chromium: ERR_CONNECTION_RESET), and a server that accepted the connection and closed it without any response (Chromium: ERR_EMPTY_RESPONSE; nginx "return 444" does this on purpose). Either way the server, or a firewall or device on the way, ended the connection before an answer arrived.',
  'failure-truncated': () => 'The response stopped before it was complete: fewer bytes arrived than announced.',
  'failure-refused': () => 'Nothing accepted the connection at that address and port: the server is not running or not listening there, or a firewall rejects it.',
  'failure-proxy': () => 'The proxy configured in this browser or system could not be reached or refused the connection.',
  'failure-dns': () => 'The host name could not be turned into an address (DNS): a typo, a missing DNS record, or a DNS problem on this network.',
  'failure-timeout': () => 'No answer came within the browser\'s time limit.',
  'failure-offline': () => 'The browser was offline.',
  'failure-network-changed': () => 'The network changed while the request was in flight (Wi-Fi switch, VPN); reloading usually works.',
  'failure-certificate': (p) => `The server's certificate was not accepted${opt(p, 'code', (c) => ` (${c})`)}: expired, issued for another name, or from an issuer the browser does not trust.`,
  'failure-tls': (p) => `The secure connection could not be set up${opt(p, 'code', (c) => ` (${c})`)}: the browser and the server share no TLS version or cipher, or the server's TLS setup is broken.`,
  'failure-cors': () => 'The browser withheld this cross-origin response from the page (CORS and same-origin rules).',
  'failure-cors-possible': () => 'A response arrived, then the browser failed the request without naming a reason. It had no Access-Control-Allow-Origin header: if a script from another origin made this request, the browser may have blocked it under CORS.',
  'failure-aborted': () => 'Cancelled before it finished. Usually harmless: the page navigated away, or a script or the browser cancelled the request.',
  'failure-redirect-loop': () => 'Too many redirects: the browser stopped following them, most likely a loop.',
  'failure-unsafe-redirect': () => 'The browser refused to follow a redirect to an address it does not allow.',
  'failure-protocol': () => 'The response broke HTTP rules the browser enforces (malformed headers, a protocol error, or a body that does not decode).',
  'failure-blocked-port': () => 'The browser refuses to connect to this port because it is reserved for other protocols.',
  'failure-cache-miss': () => 'The browser needed a cached copy that was not there, typically when going back to the result of a form submission; reloading sends the form again.',
  'failure-other': (p) => `The request failed: ${str(p, 'error')}.`,
  'status-before-failure': (p) => `The server had started answering with status ${str(p, 'status')} before the load failed.`,
};


export const reportLabels: ReportLabels = {
  title: 'Status Lens report',
  page: 'Page',
  time: 'Time',
  browser: 'Browser',
  records: 'Responses',
  noRecords: 'No non-2xx responses or network failures were recorded.',
  status: 'Status',
  error: 'Error',
  method: 'Method',
  type: 'Type',
  url: 'URL',
  redirectTo: 'Redirects to',
  count: 'Count',
  producer: 'Served by',
  headers: 'Diagnostic headers',
  diagnosis: 'Diagnosis',
  curl: 'Reproduce',
  bestEffort: 'Secrets (cookies, Authorization, secret-looking parameters and path tokens) are redacted on a best-effort basis: read the report before you share it.',
};

export const text = textModule({
  role: ROLE,
  detailLabels: DETAIL_LABELS,
  detailSeparator: '; ',
  edgeReasons: EDGE_REASONS,
  ownerChecks: OWNER_CHECKS,
  hints: HINTS,
  reportLabels,
});
export const { formatHint, formatOwnerCheck, formatEdgeReason, formatProducer } = text;
