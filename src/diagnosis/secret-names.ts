// What counts as a secret when a report is shared: parameter/header names that carry credentials,
// and values shaped like well-known tokens whatever their name.
//
// Names are split into words ("X-Amz-Signature" → x amz signature, "apiKey" → api key) and a few
// words redact wherever they occur ("api_key", "client_secret"); a few stems redact even inside a
// longer word ("jsessionid", "xsrftoken"). Short words like "key" and "sig" only count as whole
// words, so "keyboard", "monkey" and "signup" stay readable. Erring towards redaction is the safe
// side: "zip_code" loses its value because "code" is the OAuth authorization code.

const WORDS = new Set([
  'token', 'key', 'apikey', 'sig', 'signature', 'password', 'passwd', 'pwd', 'pass', 'secret',
  'session', 'sessionid', 'sid', 'code', 'auth', 'authorization', 'jwt', 'credential', 'credentials',
  'otp', 'bearer', 'cookie', 'ticket', 'verifier', 'assertion', 'hmac', 'privatekey',
  // Short names seen carrying secrets in real URLs.
  'pw', 'pin', 'passcode', 'passphrase', 'nonce',
  // One-time codes and card security codes.
  'totp', 'mfa', 'cvv', 'cvc',
]);

/** Names that contain a secret word but describe, rather than carry, a credential (OAuth). */
const NOT_SECRET = new Set(['token_type', 'token_type_hint', 'code_challenge_method', 'expires_in']);

const STEMS = ['token', 'secret', 'passw', 'passphrase', 'signature', 'sessionid', 'sessid', 'apikey', 'credential', 'jwt', 'saml'];

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

export function isSecretName(name: string): boolean {
  if (typeof name !== 'string' || name === '') return false;
  if (NOT_SECRET.has(name.toLowerCase())) return false;
  if (nameWords(name).some((w) => WORDS.has(w))) return true;
  const flat = name.toLowerCase();
  return STEMS.some((s) => flat.includes(s));
}

// Anchored tests applied to single runs of token characters (see tokenRuns): each run is tested
// once, so a 100 KB value costs linear time.
const TOKEN_SHAPES: readonly RegExp[] = [
  /^eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*$/, // JWT (header starts with {")
  /^(?:AKIA|ASIA)[0-9A-Z]{16}$/, // AWS access key id
  /^(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})$/, // GitHub
  /^xox[abprs]-[A-Za-z0-9-]{10,}$/, // Slack
  /^AIza[A-Za-z0-9_-]{35}$/, // Google API key
  /^(?:sk|rk)_live_[A-Za-z0-9]{16,}$/, // Stripe secret keys
];

const RUN = /[A-Za-z0-9_.-]+/g;

export function looksLikeSecretToken(value: string): boolean {
  return TOKEN_SHAPES.some((re) => re.test(value));
}

/** Replaces every token-shaped run inside a longer string. */
export function redactTokenShapes(text: string, replacement: string): string {
  return text.replace(RUN, (run) => {
    if (looksLikeSecretToken(run)) return replacement;
    // A JWT run may have picked up a neighbouring dot ("…sig." at a sentence end).
    const trimmed = run.replace(/\.+$/, '');
    return trimmed !== run && looksLikeSecretToken(trimmed) ? replacement + run.slice(trimmed.length) : run;
  });
}
