// Retry-After (RFC 9110 §10.2.3): delta-seconds or an HTTP-date. Parsed strictly: a value the
// browser's retry logic would not understand is reported as invalid, never guessed at.

export type RetryAfter =
  | { kind: 'seconds'; seconds: number; at: number }
  | { kind: 'date'; at: number; seconds: number }
  | { kind: 'invalid'; raw: string };

/** Longer waits are treated as a misconfiguration rather than shown as a date years away. */
export const MAX_RETRY_AFTER_SECONDS = 366 * 24 * 3600;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MON = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
// The three formats a recipient must accept (RFC 9110 §5.6.7).
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MON} (\\d{4}) ${TIME} GMT$`, 'i');
const RFC850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MON}-(\\d{2}) ${TIME} GMT$`, 'i');
const ASCTIME = new RegExp(`^${DAY} ${MON} ([ \\d]\\d) ${TIME} (\\d{4})$`, 'i');

export function parseRetryAfter(value: string, now: number): RetryAfter {
  const raw = typeof value === 'string' ? value : String(value);
  const v = raw.trim();
  if (/^\d{1,12}$/.test(v)) {
    const seconds = Number(v);
    if (seconds > MAX_RETRY_AFTER_SECONDS) return { kind: 'invalid', raw };
    return { kind: 'seconds', seconds, at: now + seconds * 1000 };
  }
  const at = parseHttpDate(v, now);
  if (at === undefined) return { kind: 'invalid', raw };
  // A date already past means "now"; the wait cannot be negative.
  const seconds = Math.max(0, Math.ceil((at - now) / 1000));
  if (seconds > MAX_RETRY_AFTER_SECONDS) return { kind: 'invalid', raw };
  return { kind: 'date', at, seconds };
}

/** An HTTP-date in ms since epoch, or undefined. `now` resolves RFC 850's two-digit years. */
export function parseHttpDate(value: string, now: number): number | undefined {
  let m = IMF_FIXDATE.exec(value);
  if (m) return build(+m[3], m[2], +m[1], +m[4], +m[5], +m[6]);
  m = RFC850.exec(value);
  if (m) return build(fullYear(+m[3], now), m[2], +m[1], +m[4], +m[5], +m[6]);
  m = ASCTIME.exec(value);
  if (m) return build(+m[6], m[1], +m[2].trim(), +m[3], +m[4], +m[5]);
  return undefined;
}

// RFC 9110 §5.6.7: a two-digit year more than 50 years ahead is in the past century.
function fullYear(yy: number, now: number): number {
  const current = new Date(Number.isFinite(now) ? now : 0).getUTCFullYear();
  let year = Math.floor(current / 100) * 100 + yy;
  if (year > current + 50) year -= 100;
  return year;
}

function build(year: number, mon: string, day: number, h: number, min: number, s: number): number | undefined {
  const month = MONTHS.indexOf(mon.toLowerCase());
  // Date.UTC maps years 0-99 to 1900-1999; no real HTTP-date is that old anyway.
  if (year < 1900 || month < 0 || day < 1 || day > 31 || h > 23 || min > 59 || s > 60) return undefined;
  const t = Date.UTC(year, month, day, h, min, Math.min(s, 59));
  // Rejects 31 Feb and friends, which Date.UTC would silently roll over.
  if (new Date(t).getUTCDate() !== day) return undefined;
  return t;
}
