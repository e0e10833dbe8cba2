// Allow (RFC 9110 §10.2.1): the methods the resource supports. Required on 405.
// An empty Allow is valid and means the resource currently accepts no method at all.

export interface AllowResult {
  /** Methods as listed, duplicates removed, order kept. */
  allowed: string[];
  methodAllowed: boolean;
}

export function parseAllow(value: string, method: string): AllowResult {
  const allowed: string[] = [];
  for (const part of (typeof value === 'string' ? value : '').split(',')) {
    const m = part.trim();
    if (m !== '' && !allowed.includes(m)) allowed.push(m);
  }
  // Methods are case-sensitive on the wire, but a server listing "get" means GET; compare loosely.
  const want = method.trim().toUpperCase();
  return { allowed, methodAllowed: allowed.some((m) => m.toUpperCase() === want) };
}
