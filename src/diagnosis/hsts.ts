// Chrome answers an HSTS upgrade itself with "307 Internal Redirect" and a synthetic
// Non-Authoritative-Reason header: the server never saw the http:// request. Other reasons
// ("Delegate") come from an extension redirecting the request.
import type { HeaderPair } from '../core/types';
import { headerFirst } from './header-lookup';

export interface InternalRedirect {
  /** The browser's reason as given ("HSTS", "Delegate"); "" when only the status line said so. */
  reason: string;
  hsts: boolean;
}

export function detectInternalRedirect(record: { status: number; statusLine: string; headers: readonly HeaderPair[] }): InternalRedirect | undefined {
  if (record.status !== 307) return undefined;
  const reason = headerFirst(record.headers, 'non-authoritative-reason');
  if (reason !== undefined) return { reason, hsts: /^HSTS$/i.test(reason) };
  if (/\b307 Internal Redirect\b/i.test(record.statusLine)) return { reason: '', hsts: false };
  return undefined;
}
