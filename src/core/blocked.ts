// Requests the user's own browser set-up stopped before they left it: a content blocker or
// another extension, an administrator's policy, the browser's tracking protection. They are not
// the site's failures: the popup lists them apart and the badge leaves them out by default.
//
// What each browser reports, measured in test/e2e/blocker-scenario.ts (the table is there):
// Chromium names an extension's block net::ERR_BLOCKED_BY_CLIENT and an ordinary abort
// net::ERR_ABORTED; Firefox names a request an extension cancelled NS_ERROR_ABORT, while its
// ordinary aborts (fetch/XHR abort, an image whose src changed, a removed iframe, window.stop)
// are NS_BINDING_ABORTED, and tracking protection's blocks NS_ERROR_*_URI.

export type BlockedKind = 'extension' | 'administrator' | 'tracking-protection';

const TRACKING = /^NS_ERROR_(?:TRACKING|FINGERPRINTING|CRYPTOMINING|SOCIALTRACKING|EMAILTRACKING)_URI\b/;

/** Who in this browser blocked the request, or undefined when it is not such a block. */
export function blockedKind(status: number, error: string | undefined): BlockedKind | undefined {
  if (error === undefined || status > 0) return undefined;
  if (error.startsWith('net::ERR_BLOCKED_BY_CLIENT')) return 'extension';
  if (/^NS_ERROR_ABORT\b/.test(error)) return 'extension';
  if (error.startsWith('net::ERR_BLOCKED_BY_ADMINISTRATOR')) return 'administrator';
  if (error.startsWith('NS_ERROR_') && TRACKING.test(error)) return 'tracking-protection';
  return undefined;
}

export function isBlockedHere(r: { status: number; error?: string }): boolean {
  return blockedKind(r.status, r.error) !== undefined;
}
