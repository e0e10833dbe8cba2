// Timing from the HAR entry: the total time and the wait (time to first byte), and, when a
// gateway error arrives after a round number of seconds, the timeout that most likely fired.
// "Likely" only: a round wait is evidence of a timer, not proof of which one.
import type { ProducerId } from './types';

export interface Timing {
  /** HAR entry.time: the whole request, ms. */
  totalMs: number;
  /** HAR timings.wait: request sent to first byte, ms (-1 or absent when unknown). */
  waitMs?: number;
}

export type TimeoutId =
  | 'nginx-proxy-read' | 'aws-alb-idle' | 'cloudflare-origin' | 'heroku-router' | 'varnish-first-byte'
  | 'haproxy-server' | 'apache-proxy' | 'cloudfront-origin';

interface KnownTimeout {
  id: TimeoutId;
  /** Who has it. */
  producers: readonly ProducerId[];
  /** The statuses it ends in. */
  statuses: readonly number[];
  /** Its default in seconds (HAProxy has none built in: Debian's sample config sets 50 s). */
  defaultSeconds: number;
}

export const TIMEOUTS: readonly KnownTimeout[] = [
  { id: 'nginx-proxy-read', producers: ['nginx', 'openresty'], statuses: [504], defaultSeconds: 60 },
  { id: 'aws-alb-idle', producers: ['aws-elb'], statuses: [504], defaultSeconds: 60 },
  { id: 'cloudflare-origin', producers: ['cloudflare'], statuses: [524], defaultSeconds: 100 },
  { id: 'heroku-router', producers: ['heroku'], statuses: [503], defaultSeconds: 30 },
  { id: 'varnish-first-byte', producers: ['varnish'], statuses: [503], defaultSeconds: 60 },
  { id: 'haproxy-server', producers: ['haproxy'], statuses: [504], defaultSeconds: 50 },
  { id: 'apache-proxy', producers: ['apache'], statuses: [502, 504], defaultSeconds: 60 },
  { id: 'cloudfront-origin', producers: ['cloudfront'], statuses: [504], defaultSeconds: 30 },
];

const GATEWAY_STATUSES = new Set([502, 503, 504, 524]);

export interface TimeoutGuess {
  /** The whole seconds the wait came to. */
  seconds: number;
  /** The timeout of a product this response names, or every product whose default is `seconds`. */
  candidates: { id: TimeoutId; defaultSeconds: number; isDefault: boolean; named: boolean }[];
}

/**
 * The whole seconds a wait came to, when it is just over a whole second: at most 0.1 s plus
 * 0.2 % late (the network and the gateway's own work add to the timer; 0.22 s at 60 s), or 50 ms
 * early (clocks differ). A wait elsewhere between two seconds is no timer's.
 */
export function roundSeconds(ms: number): number | undefined {
  if (!Number.isFinite(ms) || ms < 950) return undefined;
  const s = ms / 1000;
  const whole = Math.floor(s + 0.05);
  const late = s - whole;
  return late <= 0.1 + 0.002 * whole ? whole : undefined;
}

/**
 * The timeout that most likely ended a gateway error after `timing`, given the products the
 * headers and body name (outermost first). Undefined when the status is not a gateway error or
 * the wait is not a round number of seconds.
 */
export function guessTimeout(status: number, timing: Timing, producers: readonly ProducerId[]): TimeoutGuess | undefined {
  if (!GATEWAY_STATUSES.has(status)) return undefined;
  const ms = timing.waitMs !== undefined && timing.waitMs >= 0 ? timing.waitMs : timing.totalMs;
  const seconds = roundSeconds(ms);
  if (seconds === undefined) return undefined;
  const fits = TIMEOUTS.filter((t) => t.statuses.includes(status));
  const named = fits.filter((t) => t.producers.some((p) => producers.includes(p)));
  const chosen = named.length > 0 ? named : fits.filter((t) => t.defaultSeconds === seconds);
  return {
    seconds,
    candidates: chosen.map((t) => ({ id: t.id, defaultSeconds: t.defaultSeconds, isDefault: t.defaultSeconds === seconds, named: named.includes(t) })),
  };
}
