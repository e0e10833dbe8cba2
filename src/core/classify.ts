// Status classes and how bad each is. One place decides what "worst" means for the
// list order, the filter chips and the badge colour.
export type RecordClass = 'info' | 'success' | 'redirect' | 'client' | 'server' | 'network' | 'invalid';

export function classOf(status: number, error?: string): RecordClass {
  // A status seen before a failure (an image cancelled mid-body) keeps its status class:
  // the response did arrive, the error only says the body was not read to the end.
  if (status >= 100 && status <= 599) {
    if (status < 200) return 'info';
    if (status < 300) return 'success';
    if (status < 400) return 'redirect';
    if (status < 500) return 'client';
    return 'server';
  }
  if (error !== undefined || status === 0) return 'network';
  return 'invalid';
}

/** Higher is worse. Network failures rank with 5xx: the user got nothing at all. */
const SEVERITY: Record<RecordClass, number> = {
  success: 0, info: 1, redirect: 2, client: 3, invalid: 3, server: 4, network: 4,
};

export function severityOf(status: number, error?: string): number {
  return SEVERITY[classOf(status, error)];
}

/**
 * How much a record is worth keeping when a cap is passed (higher is kept longer): its severity,
 * with what the user's own browser blocked below everything, since it is not the site's failure.
 */
export function keepRank(r: { status: number; error?: string; blocked?: string }): number {
  return r.blocked ? -1 : severityOf(r.status, r.error);
}

/** What the recorder keeps: everything but 2xx. A 2xx followed by a network error is kept as the error. */
export function isRecordable(status: number): boolean {
  return !(status >= 200 && status <= 299);
}

/** The filter chip a record belongs to. */
export type FilterGroup = '3xx' | '4xx' | '5xx' | 'network' | 'other';

export function filterGroupOf(status: number, error?: string): FilterGroup {
  switch (classOf(status, error)) {
    case 'redirect': return '3xx';
    case 'client': return '4xx';
    case 'server': return '5xx';
    case 'network': return 'network';
    default: return 'other';
  }
}
