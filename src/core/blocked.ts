// Requests the user's own browser set-up stopped before they left it: a content blocker or
// another extension, an administrator's policy, the browser's tracking protection. They are not
// the site's failures: the popup lists them apart and the badge leaves them out by default.
//
// What each browser reports was measured (the table is in test/e2e/blocker-scenario.ts):
// - Chromium names an extension's block net::ERR_BLOCKED_BY_CLIENT (and a policy's
//   net::ERR_BLOCKED_BY_ADMINISTRATOR); every ordinary abort is net::ERR_ABORTED.
// - Firefox names tracking protection's blocks NS_ERROR_{TRACKING,FINGERPRINTING,CRYPTOMINING,
//   SOCIALTRACKING,EMAILTRACKING}_URI, and a request an extension cancelled (uBlock Origin, a
//   webRequest listener, declarativeNetRequest) NS_ERROR_ABORT. Most ordinary aborts there are
//   NS_BINDING_ABORTED (fetch/XHR abort, an image whose src changed, window.stop, navigating away),
//   but EventSource.close() and an EventSource refused for its MIME type are NS_ERROR_ABORT too. The
//   difference: an extension cancels before anything is sent (no onSendHeaders, no server address),
//   while the page's own cancel comes after its headers went out. So NS_ERROR_ABORT counts as an
//   extension's block only with no address and no sign that the request was sent (Firefox's
//   onSendHeaders, noted for fetch/XHR/EventSource requests only: platform/sent-requests.ts).
//   The one case this cannot tell: a page closing an EventSource before its request was even sent
//   (nothing left the browser either way) counts as blocked.

export const BLOCKED_KINDS = ['extension', 'administrator', 'tracking-protection'] as const;
export type BlockedKind = (typeof BLOCKED_KINDS)[number];

const TRACKING = /^NS_ERROR_(?:TRACKING|FINGERPRINTING|CRYPTOMINING|SOCIALTRACKING|EMAILTRACKING)_URI\b/;

/** What else is known of a failed request: its server address and, in Firefox, whether its headers were sent. */
export interface FailureFacts {
  ip?: string | null;
  /** true: the request left the browser; undefined: not known (not tracked, or forgotten). */
  sent?: boolean;
}

/** Who in this browser blocked the request, or undefined when it is not such a block. */
export function blockedKind(status: number, error: string | undefined, facts: FailureFacts = {}): BlockedKind | undefined {
  if (error === undefined || status > 0) return undefined;
  if (error.startsWith('net::ERR_BLOCKED_BY_CLIENT')) return 'extension';
  if (error.startsWith('net::ERR_BLOCKED_BY_ADMINISTRATOR')) return 'administrator';
  if (!error.startsWith('NS_ERROR_')) return undefined;
  if (/^NS_ERROR_ABORT\b/.test(error)) return facts.ip || facts.sent === true ? undefined : 'extension';
  return TRACKING.test(error) ? 'tracking-protection' : undefined;
}

const NS_ERROR_ABORT = /^NS_ERROR_ABORT\b/;
type AbortFacts = { error?: string; blocked?: BlockedKind };

/** Firefox's NS_ERROR_ABORT that the recorder found to be an extension's block. */
export function isExtensionAbort(r: AbortFacts): boolean {
  return r.blocked === 'extension' && NS_ERROR_ABORT.test(r.error?.trim() ?? '');
}

/**
 * Firefox's NS_ERROR_ABORT that the recorder did not find to be an extension's block: the page's
 * own cancel (an EventSource it closed), explained as an ordinary abort. With isExtensionAbort,
 * the one place the popup's entry (RecordDetail) and the why-here hints (explain-failure.ts)
 * decide it.
 */
export function isOwnAbort(r: AbortFacts): boolean {
  return r.blocked !== 'extension' && NS_ERROR_ABORT.test(r.error?.trim() ?? '');
}

/** Whether the recorder marked the record as blocked in this browser (see recordError). */
export function isBlockedHere(r: { blocked?: BlockedKind }): boolean {
  return r.blocked !== undefined;
}
