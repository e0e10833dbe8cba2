import { describe, expect, it } from 'vitest';
import { curlCommand, curlUrl } from './curl-command';

// The review's hostile URLs and more: what the command line may contain after "curl -g -i '".
const HOSTILE = [
  "https://evil.example/';calc;'",
  'https://evil.example/$(touch PWNED)',
  'https://evil.example/`touch PWNED`',
  'https://evil.example/a&calc&b',
  'https://evil.example/?a&calc&b',
  'https://evil.example/x#\';calc;\'',
  'https://evil.example/x?id=[1-100000]',
  'https://evil.example/{a,b}',
  'https://evil.example/a|b>c<d^e',
  'https://evil.example/a\\b',
  'https://evil.example/a"b',
  'https://evil.example/\u2018;calc;\u2019',
  'https://evil.example/a b\tc',
  'https://evil.example/caf\u00e9/\u{1F600}',
  'https://evil.example/%PATH%',
  "not a url ';calc;' \n rm -rf ~",
];

describe('curlUrl', () => {
  it('leaves only URL-safe characters: no quote of any shell, no space, no control, no glob', () => {
    for (const u of HOSTILE) {
      const out = curlUrl(u);
      expect(out, u).toMatch(/^[A-Za-z0-9\-._~:/?@!$&()*+,;=%]*$/);
      expect(out, u).not.toMatch(/['"`\\\s[\]{}]/);
    }
  });
  it('drops the fragment and keeps the meaning of what it encodes', () => {
    expect(curlUrl("https://evil.example/x#';calc;'")).toBe('https://evil.example/x');
    expect(curlUrl("https://evil.example/';calc;'")).toBe('https://evil.example/%27;calc;%27');
    expect(curlUrl('https://evil.example/x?id=[1-2]')).toBe('https://evil.example/x?id=%5B1-2%5D');
    expect(curlUrl('https://evil.example/caf\u00e9')).toBe('https://evil.example/caf%C3%A9');
    expect(curlUrl('https://evil.example/%PATH%')).toBe('https://evil.example/%25PATH%25');
    expect(curlUrl('https://a.example/?q=%2F')).toBe('https://a.example/?q=%2F');
  });
});

describe('curlCommand', () => {
  it('globbing off, -X only for a plain method, -I for HEAD', () => {
    expect(curlCommand({ method: 'POST', url: "https://a.example/it's?password=x&a=1" })).toBe("curl -g -i -X POST 'https://a.example/it%27s?password=REDACTED&a=1'");
    expect(curlCommand({ method: 'HEAD', url: 'https://a.example/' })).toBe("curl -g -I 'https://a.example/'");
    expect(curlCommand({ method: 'X;rm -rf', url: 'https://a.example/' })).toBe("curl -g -i 'https://a.example/'");
    expect(curlCommand({ method: "GE'T", url: 'https://a.example/' })).toBe("curl -g -i 'https://a.example/'");
    expect(curlCommand({ method: '', url: 'https://a.example/' })).toBe("curl -g -i 'https://a.example/'");
  });
  it('keeps a URL that starts with "-" from being read as an option', () => {
    expect(curlCommand({ method: 'GET', url: '-o/tmp/x' })).toBe("curl -g -i --url '-o/tmp/x'");
  });
  it('PowerShell: curl.exe, and by PowerShell’s quoting rules the single-quoted URL is literal', () => {
    for (const u of HOSTILE) {
      const cmd = curlCommand({ method: 'GET', url: u }, 'powershell');
      expect(cmd.startsWith('curl.exe -g -i ')).toBe(true);
      // In a PowerShell single-quoted string only a single quote ends it, and PowerShell counts
      // U+2018, U+2019, U+201A and U+201B as single quotes too. The string must hold none.
      const quoted = /'([^']*)'$/.exec(cmd)![1];
      expect(quoted, u).not.toMatch(/['\u2018\u2019\u201A\u201B]/);
      expect(cmd.match(/['\u2018-\u201B]/g)).toHaveLength(2);
    }
  });
});
