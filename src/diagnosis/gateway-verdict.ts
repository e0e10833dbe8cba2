// Who wrote an error that passed through a gateway: the gateway itself, or the application
// behind it. Each gateway's own error responses have a signature, read off the real servers'
// responses captured in test/fixtures/servers/ (Debian 12 packages):
//   nginx 1.22, lighttpd 1.4  own pages: "Content-Type: text/html" (no charset) with a length
//   Apache 2.4                own pages: "Content-Type: text/html; charset=iso-8859-1"
//   Caddy 2.6                 own errors: no Content-Type, "Content-Length: 0"
//   Varnish 7.1               synthetic errors: "Server: Varnish" (passed-on ones keep the app's)
//   Squid 5.7                 own errors: X-Squid-Error
//   HAProxy 2.6               own errors: no Server, no Date, "Cache-Control: no-cache"
//   Kong                      own responses: X-Kong-Response-Latency (proxied: X-Kong-Upstream-Latency)
// Anything an application adds (X-Powered-By, a JSON type, a charset the gateway never uses) is
// the evidence that the application wrote it and the gateway passed it on.
import type { HeaderPair } from '../core/types';
import type { EdgeVerdict, Producer, ProducerId } from './types';
import { clip, headerFirst } from './header-lookup';

/** "content-type" -> "Content-Type" (how people write header names). */
export function displayName(lower: string): string {
  return lower.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

export function quote(h: readonly HeaderPair[], name: string): string | undefined {
  const v = headerFirst(h, name);
  return v === undefined ? undefined : `${displayName(name)}: ${clip(v, 100)}`;
}

type OwnSignature = (h: readonly HeaderPair[]) => string | undefined;

const exactType = (re: RegExp): OwnSignature => (h) => (re.test(headerFirst(h, 'content-type') ?? '\u0000') ? quote(h, 'content-type') : undefined);

/** How each web server / proxy named by its Server header writes its own error responses. */
const OWN_PAGE: Partial<Record<ProducerId, OwnSignature>> = {
  nginx: exactType(/^text\/html\s*$/i),
  openresty: exactType(/^text\/html\s*$/i),
  lighttpd: exactType(/^text\/html\s*$/i),
  apache: exactType(/^text\/html;\s*charset=iso-8859-1\s*$/i),
  caddy: (h) => (headerFirst(h, 'content-type') === undefined && headerFirst(h, 'content-length') === '0' ? quote(h, 'content-length') : undefined),
};

const APP_SERVERS: readonly ProducerId[] = ['gunicorn', 'uvicorn', 'werkzeug', 'kestrel', 'tomcat', 'jetty'];
const GATEWAY_STATUSES = [502, 503, 504];

/**
 * What says an application wrote the response: X-Powered-By, else a Content-Type that is not
 * the gateway's own (a JSON or XML type, or a charset it never writes).
 */
function applicationEvidence(h: readonly HeaderPair[], own: OwnSignature | undefined): string | undefined {
  const powered = quote(h, 'x-powered-by');
  if (powered) return powered;
  const type = headerFirst(h, 'content-type');
  if (type === undefined) return undefined;
  if (own) return own(h) === undefined ? quote(h, 'content-type') : undefined;
  return /^text\/(?:html|plain)\b/i.test(type) ? undefined : quote(h, 'content-type');
}

export function gatewayVerdict(
  all: readonly Producer[],
  bySrv: Producer | undefined,
  app: Producer | undefined,
  h: readonly HeaderPair[],
  status: number,
): EdgeVerdict | undefined {
  if (status < 400) return undefined;
  const find = (id: ProducerId) => all.find((p) => p.id === id);
  const passedOn = (producer: Producer, own?: OwnSignature): EdgeVerdict | undefined => {
    const evidence = applicationEvidence(h, own);
    return evidence ? { source: 'origin', reason: 'gateway-passed-on', producer, evidence, ...(app ? { application: app } : {}) } : undefined;
  };

  const squid = find('squid');
  if (squid) {
    const err = quote(h, 'x-squid-error');
    if (err) return { source: 'edge', reason: 'squid-own', producer: squid, evidence: err };
    if (bySrv?.id !== 'squid') return passedOn(squid);
  }

  const haproxy = find('haproxy');
  if (haproxy?.likely) return { source: 'edge', reason: 'haproxy-own', producer: haproxy };

  const kong = find('kong');
  if (kong) {
    const own = quote(h, 'x-kong-response-latency');
    if (own) return { source: 'edge', reason: 'kong-own', producer: kong, evidence: own };
    const upstream = quote(h, 'x-kong-upstream-latency');
    if (upstream) return { source: 'origin', reason: 'gateway-passed-on', producer: kong, evidence: upstream, ...(app ? { application: app } : {}) };
  }

  const varnish = find('varnish');
  if (varnish && bySrv?.id === 'varnish' && status >= 500) {
    return { source: 'edge', reason: 'varnish-own', producer: varnish, evidence: quote(h, 'server') };
  }
  if (varnish && !bySrv) {
    const v = passedOn(varnish);
    if (v) return v;
  }

  if (bySrv) {
    const own = OWN_PAGE[bySrv.id];
    if (own) {
      const sig = own(h);
      if (sig !== undefined && app === undefined) {
        return { source: 'edge', reason: GATEWAY_STATUSES.includes(status) ? 'proxy-gateway-error' : 'gateway-own-page', producer: bySrv, evidence: sig };
      }
      const v = passedOn(bySrv, own);
      if (v) return v;
      // No body type at all (a HEAD, or headers the browser withheld): a 502/504 from a
      // gateway is still most likely its own.
      if (headerFirst(h, 'content-type') === undefined && (status === 502 || status === 504)) {
        return { source: 'edge', reason: 'proxy-gateway-error', producer: bySrv };
      }
      return undefined;
    }
    if (APP_SERVERS.includes(bySrv.id)) {
      const evidence = applicationEvidence(h, undefined);
      if (evidence) return { source: 'origin', reason: 'app-server-response', producer: bySrv, evidence };
    }
  }
  return undefined;
}
