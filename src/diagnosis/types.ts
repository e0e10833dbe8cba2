// Plain data returned by the diagnosis. No English here: every hint is an id plus parameters,
// turned into words by a text module (hint-text.en.ts, later siblings for other languages).

export type Severity = 'info' | 'warn';

export type HintParamValue = string | number | boolean;
export type HintParams = Record<string, HintParamValue>;

/** Every hint the diagnosis can produce. A text module must cover all of them (checked by the type). */
export type HintId =
  // who answered
  | 'producer'
  | 'producer-unknown'
  | 'squid-error'
  | 'layers'
  | 'edge-generated'
  | 'origin-generated'
  | 'cached-error'
  | 'from-cache'
  | 'cf-mitigated'
  | 'waf-action'
  | 'vendor-error-code'
  | 'owner-check'
  // headers that explain the status
  | 'retry-after'
  | 'retry-after-invalid'
  | 'auth-challenge'
  | 'proxy-auth'
  | 'allow'
  | 'location'
  | 'location-invalid'
  | 'location-loop'
  | 'location-downgrade'
  | 'location-unsafe-scheme'
  | 'hsts-internal'
  | 'browser-internal-redirect'
  | 'content-range'
  | 'upgrade'
  | 'accepted-types'
  | 'negotiation-vary'
  | 'problem-details'
  // redirect chain of the top-level document
  | 'redirect-too-many'
  | 'redirect-protocol-flip'
  | 'redirect-https-downgrade'
  | 'redirect-loop'
  | 'redirect-final-error'
  // network failures
  | FailureHintId
  | 'status-before-failure';

export type FailureHintId =
  | 'failure-blocked-by-client'
  | 'failure-cancelled-by-extension'
  | 'failure-blocked-by-admin'
  | 'failure-blocked-policy'
  | 'failure-blocked-safety'
  | 'failure-blocked-tracking'
  | 'failure-empty-response'
  | 'failure-connection-reset'
  | 'failure-reset-or-empty'
  | 'failure-truncated'
  | 'failure-refused'
  | 'failure-proxy'
  | 'failure-dns'
  | 'failure-timeout'
  | 'failure-offline'
  | 'failure-network-changed'
  | 'failure-certificate'
  | 'failure-tls'
  | 'failure-cors'
  | 'failure-cors-possible'
  | 'failure-aborted'
  | 'failure-redirect-loop'
  | 'failure-unsafe-redirect'
  | 'failure-protocol'
  | 'failure-blocked-port'
  | 'failure-cache-miss'
  | 'failure-other';

export interface Hint {
  id: HintId;
  severity: Severity;
  params: HintParams;
}

/**
 * What a product is, in words that fit whatever it did with this response: nginx, Apache, Caddy
 * and lighttpd are web servers that may also proxy (the verdict says when they acted as a
 * gateway); app servers run an application; an application is the site's own code or framework.
 */
export type ProducerRole = 'cdn' | 'proxy' | 'load-balancer' | 'origin' | 'platform' | 'web-server' | 'app-server' | 'application';

/** A response shape that points to a product when no header names it (reported as "likely"). */
export type ShapeId = 'haproxy-builtin';

/** What in the response names the producer: a header and its value, or a shape. */
export interface ProducerEvidence {
  /** Lower-case header name ("server", "x-squid-error", "via"...); absent for a shape. */
  header?: string;
  value?: string;
  shape?: ShapeId;
}

export type ProducerId =
  | 'cloudflare' | 'cloudfront' | 'fastly' | 'akamai' | 'varnish'
  | 'aws-elb' | 'google' | 'vercel' | 'netlify' | 'heroku'
  | 'nginx' | 'openresty' | 'envoy' | 'caddy' | 'apache' | 'litespeed' | 'iis'
  | 'gunicorn' | 'uvicorn' | 'express' | 'kestrel'
  | 'haproxy' | 'squid' | 'kong' | 'traefik' | 'azure-front-door' | 'github-pages' | 'lighttpd'
  | 'tomcat' | 'jetty' | 'werkzeug' | 'nextjs' | 'php';

/** Software identified from response headers. */
export interface Producer {
  id: ProducerId;
  /** Product name (not translated). */
  name: string;
  role: ProducerRole;
  version?: string;
  /** Identifiers worth quoting to the site owner: rayId, colo, pop, requestId, cache... */
  details: Record<string, string>;
  /** What names it. */
  evidence?: ProducerEvidence;
  /** Named from a shape only: "likely", never certain. */
  likely?: boolean;
}

export type ResponseSource = 'edge' | 'origin' | 'unknown';

/** Why edgeOrOrigin decided what it did; each has a sentence in the text module. */
export type EdgeReason =
  | 'cloudflare-5xx'
  | 'cloudflare-challenge'
  | 'cloudfront-own-error'
  | 'cloudfront-origin-error'
  | 'proxy-gateway-error'
  | 'vendor-status'
  | 'elb-own'
  | 'akamai-own'
  | 'vercel-error'
  | 'envoy-local-reply'
  | 'envoy-upstream'
  | 'server-is-origin'
  | 'gateway-own-page'
  | 'gateway-passed-on'
  | 'app-server-response'
  | 'squid-own'
  | 'varnish-own'
  | 'haproxy-own'
  | 'kong-own'
  | 'no-evidence';

export interface EdgeVerdict {
  source: ResponseSource;
  reason: EdgeReason;
  /** The layer the verdict is about (the edge that answered, or the intermediary that passed it on). */
  producer?: Producer;
  /** The header that shows it, quoted as "Name: value" (language-neutral). */
  evidence?: string;
  /** The application behind the gateway, when a header names it (X-Powered-By: PHP/8.2). */
  application?: Producer;
}

/** Owner-side checks, producer- and status-specific; English text in hint-text.en.ts. */
export type OwnerCheckId =
  | 'nginx-upstream-up' | 'nginx-error-log' | 'nginx-proxy-timeouts' | 'nginx-slow-upstream'
  | 'nginx-body-size' | 'nginx-header-buffers' | 'nginx-rate-limit' | 'nginx-https-port' | 'nginx-client-cert'
  | 'cf-origin-up' | 'cf-origin-firewall' | 'cf-origin-response' | 'cf-origin-dns' | 'cf-origin-timeout'
  | 'cf-ssl-mode' | 'cf-1xxx' | 'cf-ray-lookup'
  | 'alb-target-health' | 'alb-idle-timeout' | 'alb-security-groups' | 'alb-no-targets' | 'alb-waf'
  | 'alb-460' | 'alb-463' | 'alb-464' | 'alb-561'
  | 'cloudfront-origin-protocol' | 'cloudfront-origin-cert' | 'cloudfront-origin-timeout'
  | 'cloudfront-origin-firewall' | 'cloudfront-403' | 'cloudfront-request-id'
  | 'iis-substatus' | 'iis-app-pool' | 'iis-failed-request-tracing'
  | 'vercel-error-code' | 'vercel-function-timeout'
  | 'netlify-function-logs'
  | 'heroku-router-codes'
  | 'envoy-response-flags' | 'envoy-upstream-health'
  | 'apache-proxy-backend' | 'apache-proxy-timeout' | 'apache-error-log'
  | 'fastly-backend-health' | 'fastly-first-byte-timeout'
  | 'akamai-reference'
  | 'caddy-upstream' | 'caddy-upstream-timeout'
  | 'nginx-php-fpm'
  | 'haproxy-no-server' | 'haproxy-timeout-server' | 'haproxy-bad-response'
  | 'varnish-backend' | 'varnish-first-byte-timeout'
  | 'squid-cache-peer' | 'squid-read-timeout' | 'squid-http-access'
  | 'lighttpd-proxy-backend'
  | 'kong-upstream' | 'traefik-service'
  | 'php-error-log';

/** Labels of the shareable report. */
export interface ReportLabels {
  title: string;
  page: string;
  time: string;
  browser: string;
  records: string;
  noRecords: string;
  status: string;
  error: string;
  method: string;
  type: string;
  url: string;
  redirectTo: string;
  count: string;
  producer: string;
  headers: string;
  diagnosis: string;
  curl: string;
  /** Says redaction is best effort. */
  bestEffort: string;
}

/** The shape every language module exports as `text`, so a translation cannot miss a string. */
export interface HintTextModule {
  formatHint(h: Hint): string;
  formatOwnerCheck(id: OwnerCheckId): string;
  formatEdgeReason(v: EdgeVerdict): string;
  formatProducer(p: Producer): string;
  reportLabels: ReportLabels;
}
