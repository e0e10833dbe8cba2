// "Copy as cURL": a command the user pastes into a terminal, so the page's URL must not be able
// to do anything there but be a URL. Chromium and the URL parser leave ' ; ( ) $ & in a path;
// pasted into PowerShell, a 404 for https://evil.example/';calc;' used to run calc. Here:
// - the URL is rebuilt with the URL parser and its fragment dropped (a browser never sends it);
// - everything outside a URL-safe set is percent-encoded, so no quote of any shell (' " `, the
//   typographic quotes PowerShell also honours, \ which fish reads in '…') and no control or space
//   can appear: the single-quoted string means the same in sh, bash, zsh, fish and PowerShell;
// - curl's URL globbing is off (-g): "?id=[1-100000]" would otherwise send 100,000 requests;
// - -X only for a method made of letters, digits, "-" and "_";
// - PowerShell gets curl.exe, not Windows PowerShell's "curl" alias for Invoke-WebRequest.
// cmd.exe has no quoting that makes & | and %VAR% literal at once: its line leaves the URL
// unquoted and escapes it with carets instead (cmd-escape.ts).
import type { TabRecord } from '../core/types';
import { cmdEscape } from './cmd-escape';
import { redactUrl } from './redact';

export type CurlShell = 'posix' | 'powershell' | 'cmd';

/** Characters left as they are: unreserved, and the delimiters URLs need (no quotes, no [] {}). */
const UNSAFE = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?@!$&()*+,;=%]/gu;

function percentEncode(ch: string): string {
  return [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** The URL to put in the command: redacted, without fragment, only URL-safe characters. */
export function curlUrl(raw: string): string {
  let url = redactUrl(typeof raw === 'string' ? raw : '');
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    url = parsed.href;
  } catch {
    const hash = url.indexOf('#');
    if (hash >= 0) url = url.slice(0, hash);
  }
  return url.replace(UNSAFE, percentEncode);
}

/** Single quotes: nothing inside is special in any of the shells, and curlUrl() leaves no quote. */
const quote = (s: string) => `'${s}'`;

export function curlCommand(record: Pick<TabRecord, 'method' | 'url'>, shell: CurlShell = 'posix'): string {
  const url = curlUrl(record.url);
  const arg = shell === 'cmd' ? cmdEscape(url) : quote(url);
  // A "URL" starting with "-" would be read as an option.
  const target = url.startsWith('-') ? `--url ${arg}` : arg;
  const curl = shell === 'posix' ? 'curl' : 'curl.exe';
  const method = typeof record.method === 'string' ? record.method.toUpperCase() : 'GET';
  // -X HEAD makes curl wait for a body that never comes; -I is curl's HEAD.
  if (method === 'HEAD') return `${curl} -g -I ${target}`;
  const x = /^[A-Z0-9_-]{1,32}$/.test(method) && method !== 'GET' ? ` -X ${method}` : '';
  return `${curl} -g -i${x} ${target}`;
}
