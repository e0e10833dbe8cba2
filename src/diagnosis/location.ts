// One redirect hop: where Location points, resolved against the request URL (RFC 9110 §10.2.2
// allows relative references), and what kind of move it is.

export type LocationFlag =
  | 'relative'
  | 'https-upgrade'
  | 'https-downgrade'
  | 'cross-host'
  | 'same-url'
  | 'unsafe-scheme'
  | 'invalid';

export interface LocationHop {
  /** Absolute target; absent when the Location is not a URL. */
  url?: string;
  flags: LocationFlag[];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function classifyLocation(requestUrl: string, location: string): LocationHop {
  const loc = typeof location === 'string' ? location.trim() : '';
  if (loc === '') return { flags: ['invalid'] };
  const target = parseUrl(loc, requestUrl);
  if (!target) return { flags: ['invalid'] };

  const flags: LocationFlag[] = [];
  if (!SCHEME.test(loc)) flags.push('relative');
  // Browsers refuse to follow a redirect to javascript:, data:, file: and the like.
  if (target.protocol !== 'http:' && target.protocol !== 'https:') flags.push('unsafe-scheme');

  const from = parseUrl(requestUrl);
  if (from) {
    if (from.protocol === 'http:' && target.protocol === 'https:') flags.push('https-upgrade');
    if (from.protocol === 'https:' && target.protocol === 'http:') flags.push('https-downgrade');
    if (from.hostname !== target.hostname) flags.push('cross-host');
    // The fragment never reaches the server, so a hop that changes only the fragment still loops.
    if (withoutHash(from) === withoutHash(target)) flags.push('same-url');
  }
  return { url: target.href, flags };
}

export function parseUrl(input: string, base?: string): URL | undefined {
  // An absolute input needs no base, and must not fail because the base is broken.
  try {
    return new URL(input);
  } catch {
    if (base === undefined) return undefined;
  }
  try {
    return new URL(input, base);
  } catch {
    return undefined;
  }
}

export function withoutHash(u: URL): string {
  const h = u.href;
  const i = h.indexOf('#');
  return i < 0 ? h : h.slice(0, i);
}
