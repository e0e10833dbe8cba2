// What a site owner should look at, given who produced the error and its status. Ids only; the
// words live in the text module. Only product-specific advice: generic advice per status is the
// knowledge base's job.
import type { OwnerCheckId, Producer } from './types';

type Rule = [statuses: readonly number[] | 'error', checks: readonly OwnerCheckId[]];

const CF_EDGE = [520, 521, 522, 523, 524, 525, 526, 530];

const RULES: Partial<Record<Producer['id'], readonly Rule[]>> = {
  nginx: nginxRules(),
  openresty: nginxRules(),
  cloudflare: [
    [[520], ['cf-origin-up', 'cf-origin-response']],
    [[521], ['cf-origin-up', 'cf-origin-firewall']],
    [[522], ['cf-origin-up', 'cf-origin-firewall']],
    [[523], ['cf-origin-dns']],
    [[524], ['cf-origin-timeout']],
    [[525, 526], ['cf-ssl-mode']],
    [[530], ['cf-1xxx', 'cf-origin-dns']],
    [CF_EDGE, ['cf-ray-lookup']],
  ],
  'aws-elb': [
    [[502], ['alb-target-health', 'alb-idle-timeout', 'alb-security-groups']],
    [[503], ['alb-no-targets', 'alb-target-health']],
    [[504], ['alb-target-health', 'alb-idle-timeout', 'alb-security-groups']],
    [[403], ['alb-waf']],
    [[460], ['alb-460']],
    [[463], ['alb-463']],
    [[464], ['alb-464']],
    [[561], ['alb-561']],
  ],
  cloudfront: [
    [[502], ['cloudfront-origin-protocol', 'cloudfront-origin-cert', 'cloudfront-origin-firewall']],
    [[504], ['cloudfront-origin-timeout', 'cloudfront-origin-firewall']],
    [[403], ['cloudfront-403']],
    ['error', ['cloudfront-request-id']],
  ],
  iis: [
    [[503], ['iis-app-pool']],
    [[500, 502], ['iis-failed-request-tracing']],
    ['error', ['iis-substatus']],
  ],
  vercel: [
    [[504], ['vercel-function-timeout']],
    ['error', ['vercel-error-code']],
  ],
  netlify: [[[500, 502, 504], ['netlify-function-logs']]],
  heroku: [[[502, 503, 504], ['heroku-router-codes']]],
  envoy: [
    [[503], ['envoy-upstream-health']],
    [[502, 503, 504], ['envoy-response-flags']],
  ],
  apache: [
    [[500], ['apache-error-log']],
    [[502, 503], ['apache-proxy-backend']],
    // mod_proxy answers a backend past its timeout with 502 ("Error reading from remote server").
    [[502, 504], ['apache-proxy-timeout']],
  ],
  fastly: [[[503], ['fastly-backend-health', 'fastly-first-byte-timeout']]],
  akamai: [['error', ['akamai-reference']]],
  caddy: [
    [[502], ['caddy-upstream']],
    [[504], ['caddy-upstream-timeout']],
  ],
  haproxy: [
    [[503], ['haproxy-no-server']],
    [[504], ['haproxy-timeout-server']],
    [[502], ['haproxy-bad-response']],
  ],
  varnish: [[[503], ['varnish-backend', 'varnish-first-byte-timeout']]],
  squid: [
    [[502, 503], ['squid-cache-peer']],
    [[504], ['squid-read-timeout']],
    [[403], ['squid-http-access']],
  ],
  lighttpd: [[[503], ['lighttpd-proxy-backend']]],
  kong: [[[502, 503, 504], ['kong-upstream']]],
  traefik: [[[502, 503, 504], ['traefik-service']]],
  php: [[[500, 502, 503], ['php-error-log']]],
};

function nginxRules(): readonly Rule[] {
  return [
    [[502], ['nginx-upstream-up', 'nginx-php-fpm', 'nginx-error-log']],
    [[504], ['nginx-proxy-timeouts', 'nginx-slow-upstream']],
    [[503], ['nginx-rate-limit']],
    [[413], ['nginx-body-size']],
    [[414, 494], ['nginx-header-buffers']],
    [[495, 496], ['nginx-client-cert']],
    [[497], ['nginx-https-port']],
  ];
}

export function ownerChecks(producer: Producer | undefined, status: number): OwnerCheckId[] {
  if (!producer) return [];
  const out: OwnerCheckId[] = [];
  for (const [statuses, checks] of RULES[producer.id] ?? []) {
    const applies = statuses === 'error' ? status >= 400 : statuses.includes(status);
    if (!applies) continue;
    // Only point at the Vercel error list when there is a code to look up.
    for (const c of checks) {
      if (c === 'vercel-error-code' && !producer.details.error) continue;
      if (!out.includes(c)) out.push(c);
    }
  }
  return out;
}
