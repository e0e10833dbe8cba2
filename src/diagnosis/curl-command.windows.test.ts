// The copied cURL lines as Windows reads them. PowerShell and cmd.exe are not packaged for Debian
// (sh, bash, zsh and fish run the POSIX line for real in test/unit/curl-shells.test.ts), so their
// rules are written out here, readPowerShell and readCmd, and every line is read by them: it must
// be one curl.exe command whose URL argument is exactly the URL meant, with nothing expanded.
import { describe, expect, it } from 'vitest';
import { cmdEscape } from './cmd-escape';
import { curlCommand, curlUrl } from './curl-command';

/** As a page can make a browser report them: ' ; ( ) $ & stay unencoded in a path. */
const HOSTILE = [
  "/';calc;'",
  '/$(calc)',
  '/`calc`',
  '/a;calc',
  '/x?a&calc&b',
  '/x?a|calc',
  "/x#';calc;'",
  "/a\\';calc;#",
  '/x?id=[1-100000]',
  '/{a,b}?q={c,d}',
  '/€/ü?q=日本&e=\u{1F600}',
  '/!!/!-1?x=!calc',
  '/(calc)',
  '/"$HOME"/*/?',
  '/%zz%/%41%/%CD%/%DATE%',
  '/x?%PATH%&calc',
  '/x?a=%41%42%43',
  '/^x~y@z+1,2:3=4',
  '/‘;calc;’/‛‚',
  '/a b\tc',
];

// PowerShell (about_Quoting_Rules, about_Parsing): in argument mode a token that starts with a
// single quote (' or one of ‘ ’ ‚ ‛, which PowerShell takes as single quotes too) is verbatim up to
// the next single quote that is not doubled; a bare token is read for $ (variables), ` (escape),
// ; | & (statement and pipeline ends), ( ) { } @ , < > # and " (subexpressions, arrays,
// redirection, comments, strings). Anything of the kind in a bare token counts as interpreted.
const PS_QUOTE = /[\u0027\u2018-\u201B]/;
function readPowerShell(line: string): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === ' ') {
      i++;
      continue;
    }
    if (PS_QUOTE.test(line[i])) {
      let s = '';
      for (i++; ; i++) {
        if (i >= line.length) throw new Error('unterminated string');
        if (PS_QUOTE.test(line[i])) {
          if (PS_QUOTE.test(line[i + 1] ?? '')) {
            s += line[++i];
            continue;
          }
          i++;
          break;
        }
        s += line[i];
      }
      if (i < line.length && line[i] !== ' ') throw new Error(`PowerShell would read on into ${line.slice(i)}`);
      args.push(s);
      continue;
    }
    let word = '';
    while (i < line.length && line[i] !== ' ') word += line[i++];
    if (/[$`;|&(){}@,<>#"]/.test(word) || PS_QUOTE.test(word)) throw new Error(`PowerShell would interpret ${word}`);
    args.push(word);
  }
  return args;
}

// cmd.exe at the interactive prompt: (1) %NAME% is replaced when NAME is a defined variable
// (names ignore case), otherwise left as it is, and the scan goes on at the second %; (2) outside
// double quotes ^ escapes the next character and is removed, and an unescaped & | < > ( ) ends,
// pipes, redirects or groups; (3) curl.exe (Microsoft C runtime) splits its command line at spaces
// and tabs outside double quotes and removes the quotes.
function readCmd(line: string, env: Record<string, string>): string[] {
  let expanded = '';
  for (let i = 0; i < line.length; ) {
    if (line[i] !== '%') {
      expanded += line[i++];
      continue;
    }
    const close = line.indexOf('%', i + 1);
    const name = close > i ? line.slice(i + 1, close).toUpperCase() : undefined;
    const value = name !== undefined ? Object.entries(env).find(([k]) => k.toUpperCase() === name)?.[1] : undefined;
    if (value !== undefined) {
      expanded += value;
      i = close + 1;
    } else {
      expanded += '%';
      i++;
    }
  }
  let cmdline = '';
  let quoted = false;
  for (let i = 0; i < expanded.length; i++) {
    const c = expanded[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '^') {
      if (i + 1 >= expanded.length) throw new Error('a trailing caret asks for another line');
      cmdline += expanded[++i];
      continue;
    } else if (!quoted && /[&|<>()]/.test(c)) throw new Error(`cmd would interpret ${c} in ${expanded}`);
    cmdline += c;
  }
  const args: string[] = [];
  let cur: string | undefined;
  quoted = false;
  for (const c of cmdline) {
    if (c === '"') {
      quoted = !quoted;
      cur ??= '';
    } else if ((c === ' ' || c === '\t') && !quoted) {
      if (cur !== undefined) args.push(cur);
      cur = undefined;
    } else cur = (cur ?? '') + c;
  }
  if (cur !== undefined) args.push(cur);
  return args;
}

/** Variables a Windows prompt has (CD and DATE are built in), and ones a hostile URL could name. */
const WINDOWS_ENV = { CD: 'C:\\Users\\me', DATE: 'Thu 12/04/2026', PATH: 'C:\\Windows', '41': '"&calc&"', '27;CALC;': '"&calc&"' };

describe('Copy as cURL (PowerShell), read by PowerShell’s rules', () => {
  it('is curl.exe, its flags, and the URL as one verbatim string', () => {
    for (const p of HOSTILE) {
      const url = 'http://127.0.0.1:8080' + p;
      for (const method of ['GET', 'DELETE', 'X;calc']) {
        const args = readPowerShell(curlCommand({ method, url }, 'powershell'));
        expect(args, p).toEqual(['curl.exe', '-g', '-i', ...(method === 'DELETE' ? ['-X', 'DELETE'] : []), curlUrl(url)]);
      }
    }
  });
  it('PowerShell 7 (no curl alias) reads the POSIX line the same way', () => {
    for (const p of HOSTILE) {
      const url = 'http://127.0.0.1:8080' + p;
      expect(readPowerShell(curlCommand({ method: 'POST', url })), p).toEqual(['curl', '-g', '-i', '-X', 'POST', curlUrl(url)]);
    }
  });
});

describe('Copy as cURL (cmd.exe), read by cmd’s rules', () => {
  it('is one curl.exe command, nothing expanded, the URL as one argument', () => {
    for (const p of HOSTILE) {
      const url = 'http://127.0.0.1:8080' + p;
      expect(readCmd(curlCommand({ method: 'GET', url }, 'cmd'), WINDOWS_ENV), p).toEqual(['curl.exe', '-g', '-i', curlUrl(url)]);
    }
    expect(curlCommand({ method: 'DELETE', url: "https://a.example/';calc;'?a&calc&b=%41" }, 'cmd'))
      .toBe('curl.exe -g -i -X DELETE https://a.example/%^27;calc;%^27?a^&calc^&b=%^41');
  });
  it('cmdEscape: specials escaped, every % name broken, nothing left for a continuation line', () => {
    expect(cmdEscape('a&b|c<d>e(f)g^h"i!j')).toBe('a^&b^|c^<d^>e^(f^)g^^h^"i^!j');
    expect(cmdEscape('%41%&%')).toBe('%^41%^&%');
    for (const s of ['%41%&%42%', '%%', '%CD%', 'a%', '%^%', '100%&x']) expect(readCmd(`x ${cmdEscape(s)}`, { ...WINDOWS_ENV, '42': '&calc' }), s).toEqual(['x', s]);
  });
});

describe('the readers can fail', () => {
  it('catch what other quoting lets through', () => {
    // The line before issue 14: POSIX quoting of the raw URL.
    const posix = (u: string) => `curl -i '${u.replace(/'/g, `'\\''`)}'`;
    expect(() => readPowerShell(posix("https://evil.example/';calc;'"))).toThrow();
    expect(() => readCmd(posix('https://a.example/?a&calc&b'), {})).toThrow(/&/);
    // Double quotes are no shelter in cmd: %41% is a variable there.
    expect(() => readCmd('curl.exe "https://a.example/%41%42"', WINDOWS_ENV)).toThrow(/&/);
    expect(readCmd('curl.exe "https://a.example/%CD%"', WINDOWS_ENV)).toEqual(['curl.exe', 'https://a.example/C:\\Users\\me']);
  });
});
