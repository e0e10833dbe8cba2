import { describe, expect, it } from 'vitest';
import type { Producer } from './types';
import { ownerChecks } from './owner-checks';

const P = (id: Producer['id'], details: Record<string, string> = {}): Producer => ({ id, name: id, role: 'proxy', details });

describe('ownerChecks', () => {
  it('nginx 502 and 504', () => {
    expect(ownerChecks(P('nginx'), 502)).toEqual(['nginx-upstream-up', 'nginx-php-fpm', 'nginx-error-log']);
    expect(ownerChecks(P('nginx'), 504)).toEqual(['nginx-proxy-timeouts', 'nginx-slow-upstream']);
    expect(ownerChecks(P('openresty'), 413)).toEqual(['nginx-body-size']);
  });
  it('Cloudflare 52x', () => {
    expect(ownerChecks(P('cloudflare'), 521)).toEqual(['cf-origin-up', 'cf-origin-firewall', 'cf-ray-lookup']);
    expect(ownerChecks(P('cloudflare'), 524)).toEqual(['cf-origin-timeout', 'cf-ray-lookup']);
    expect(ownerChecks(P('cloudflare'), 526)).toEqual(['cf-ssl-mode', 'cf-ray-lookup']);
    expect(ownerChecks(P('cloudflare'), 404)).toEqual([]);
  });
  it('ALB, CloudFront, IIS', () => {
    expect(ownerChecks(P('aws-elb'), 502)).toEqual(['alb-target-health', 'alb-idle-timeout', 'alb-security-groups']);
    expect(ownerChecks(P('aws-elb'), 503)).toEqual(['alb-no-targets', 'alb-target-health']);
    expect(ownerChecks(P('cloudfront'), 504)).toEqual(['cloudfront-origin-timeout', 'cloudfront-origin-firewall', 'cloudfront-request-id']);
    expect(ownerChecks(P('iis'), 500)).toEqual(['iis-failed-request-tracing', 'iis-substatus']);
    expect(ownerChecks(P('iis'), 302)).toEqual([]);
  });
  it('points at the Vercel error list only with a code', () => {
    expect(ownerChecks(P('vercel'), 500)).toEqual([]);
    expect(ownerChecks(P('vercel', { error: 'FUNCTION_INVOCATION_FAILED' }), 500)).toEqual(['vercel-error-code']);
  });
  it('nothing without a producer', () => {
    expect(ownerChecks(undefined, 502)).toEqual([]);
    expect(ownerChecks(P('express'), 500)).toEqual([]);
  });
});
