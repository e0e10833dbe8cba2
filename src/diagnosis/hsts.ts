// Chrome answers an HSTS upgrade itself with "307 Internal Redirect" and a synthetic
// Non-Authoritative-Reason header: the server never saw the http:// request. Other reasons
// ("Delegate") come from an extension redirecting the request.
//
// A server can send the same header on a real 307 (to pose as the browser and hide, say, an
// https -> http downgrade). The browser's own redirect never reached a server, so it has no
// server IP; and an HSTS upgrade goes to the very same URL with https. Anything else is the
// server's redirect, and gets the server-redirect checks.
import type { HeaderPair } from '../core/types';
import { headerFirst } from './header-lookup';

export interface InternalRedirect {
  /** The browser's reason as given ("HSTS", "Delegate"); "" when only the status line said so. */
  reason: string;
  hsts: boolean;
}

interface RedirectRecord {
  status: number;
  statusLine: string;
  headers: readonly HeaderPair[];
  url?: string;
  ip?: string;
  redirectTo?: string;
}

/** `url` as an HSTS upgrade rewrites it: https, and port 80 becomes the default 443. */
function hstsTarget(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:') return undefined;
    u.protocol = 'https:';
    if (u.port === '80') u.port = '';
    return u.href;
  } catch {
    return undefined;
  }
}

function sameUrl(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}

export function detectInternalRedirect(record: RedirectRecord): InternalRedirect | undefined {
  if (record.status !== 307) return undefined;
  // A response from a server address came from a server, whatever its headers claim.
  if (typeof record.ip === 'string' && record.ip !== '') return undefined;
  const reason = headerFirst(record.headers, 'non-authoritative-reason');
  if (reason !== undefined) {
    if (!/^HSTS$/i.test(reason)) return { reason, hsts: false };
    // Records without their URL (hand-built, old stored ones) cannot be checked: trust only a
    // target that is the same URL with https.
    const target = record.redirectTo ?? headerFirst(record.headers, 'location');
    if (record.url !== undefined && !sameUrl(target, hstsTarget(record.url))) return undefined;
    return { reason, hsts: true };
  }
  if (/\b307 Internal Redirect\b/i.test(record.statusLine)) return { reason: '', hsts: false };
  return undefined;
}
