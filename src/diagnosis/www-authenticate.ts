// WWW-Authenticate / Proxy-Authenticate (RFC 9110 §11.6.1, §11.3):
//   challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
// Commas separate both challenges and their parameters, so a parameter is told from the next
// challenge by what follows its token: "=" makes it a parameter, anything else starts a challenge.
// Servers get the quoting wrong often; the parser keeps what it can and never throws.

export interface AuthChallenge {
  /** Scheme as sent ("Bearer", "Basic", "Negotiate"). */
  scheme: string;
  /** Parameters in order: names lower-cased, values unquoted and unescaped. */
  params: [name: string, value: string][];
  token68?: string;
  realm?: string;
  /** RFC 6750 (Bearer) and RFC 9449 (DPoP) error fields. */
  error?: string;
  errorDescription?: string;
  scope?: string;
}

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// token68 alone up to the end of this list member.
const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*(?=[ \t]*(?:,|$))/y;
// Lookahead for "name =" (a further parameter of the current challenge).
const PARAM_AHEAD = /[ \t]*[!#$%&'*+\-.^_`|~0-9A-Za-z]+[ \t]*=/y;

export function parseChallenges(value: string | readonly string[]): AuthChallenge[] {
  const values = typeof value === 'string' ? [value] : value;
  const out: AuthChallenge[] = [];
  for (const v of values) if (typeof v === 'string') parseInto(v, out);
  return out.map(withKnownParams);
}

function parseInto(s: string, out: AuthChallenge[]): void {
  const n = s.length;
  let i = 0;
  let current: AuthChallenge | undefined;
  const isWs = (c: string) => c === ' ' || c === '\t';
  const skipWs = () => { while (i < n && isWs(s[i])) i++; };
  const readToken = () => {
    const start = i;
    while (i < n && TCHAR.test(s[i])) i++;
    return s.slice(start, i);
  };
  const skipToComma = () => { while (i < n && s[i] !== ',') i++; };

  while (i < n) {
    while (i < n && (isWs(s[i]) || s[i] === ',')) i++;
    if (i >= n) break;
    const tok = readToken();
    if (tok === '') { skipToComma(); continue; } // stray quote or other junk
    const afterTok = i;
    skipWs();
    if (current && s[i] === '=') {
      i++;
      skipWs();
      current.params.push([tok.toLowerCase(), readValue()]);
      skipWs();
      // Missing comma before another "name=" is tolerated; other junk up to the next comma is dropped.
      if (i < n && s[i] !== ',') {
        PARAM_AHEAD.lastIndex = i;
        if (!PARAM_AHEAD.test(s)) skipToComma();
      }
      continue;
    }
    current = { scheme: tok, params: [] };
    out.push(current);
    i = afterTok;
    if (i < n && isWs(s[i])) {
      skipWs();
      TOKEN68.lastIndex = i;
      const m = TOKEN68.exec(s);
      if (m) { current.token68 = m[0]; i += m[0].length; }
    } else if (i < n && s[i] !== ',') {
      skipToComma(); // "Basic\"junk": no SP after the scheme
    }
  }

  function readValue(): string {
    if (s[i] !== '"') {
      const start = i;
      while (i < n && s[i] !== ',' && !isWs(s[i])) i++;
      return s.slice(start, i);
    }
    i++;
    let v = '';
    while (i < n) {
      const c = s[i];
      if (c === '\\' && i + 1 < n) { v += s[i + 1]; i += 2; continue; }
      i++;
      if (c === '"') return v;
      v += c;
    }
    return v; // unterminated: keep what was there
  }
}

function withKnownParams(c: AuthChallenge): AuthChallenge {
  // First occurrence wins, as a duplicate parameter is a server bug, not an override.
  const get = (name: string) => c.params.find(([k]) => k === name)?.[1];
  const out: AuthChallenge = { scheme: c.scheme, params: c.params };
  if (c.token68 !== undefined) out.token68 = c.token68;
  const realm = get('realm');
  const error = get('error');
  const errorDescription = get('error_description');
  const scope = get('scope');
  if (realm !== undefined) out.realm = realm;
  if (error !== undefined) out.error = error;
  if (errorDescription !== undefined) out.errorDescription = errorDescription;
  if (scope !== undefined) out.scope = scope;
  return out;
}
