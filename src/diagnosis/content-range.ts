// Content-Range (RFC 9110 §14.4). On 416 the server sends "bytes */<length>": the requested range
// lay outside a resource of that many bytes.

export interface ContentRange {
  unit: string;
  /** First and last byte of the part sent; absent in the unsatisfied form "*". */
  start?: number;
  end?: number;
  /** Complete length; undefined when the server wrote "*" (unknown). */
  length?: number;
}

const RANGE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)[ \t]+(?:(\d{1,15})-(\d{1,15})|\*)\/(\d{1,15}|\*)$/;

export function parseContentRange(value: string): ContentRange | undefined {
  const m = RANGE.exec(typeof value === 'string' ? value.trim() : '');
  if (!m) return undefined;
  const out: ContentRange = { unit: m[1].toLowerCase() };
  if (m[2] !== undefined) {
    out.start = Number(m[2]);
    out.end = Number(m[3]);
    if (out.end < out.start) return undefined;
  }
  if (m[4] !== '*') out.length = Number(m[4]);
  // "*/*" says nothing at all.
  if (out.start === undefined && out.length === undefined) return undefined;
  return out;
}

/** The resource's real length from a 416's "bytes *\/<length>". */
export function unsatisfiedRangeLength(value: string): number | undefined {
  const r = parseContentRange(value);
  return r && r.start === undefined ? r.length : undefined;
}
