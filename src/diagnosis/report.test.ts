import { describe, expect, it } from 'vitest';
import { reportMarkdown } from './report';
import type { HeaderPair } from '../core/types';
import { text as en } from './hint-text.en';
import { text as fr } from './hint-text.fr';
import { text as id } from './hint-text.id';
import { text as vi } from './hint-text.vi';
import { rec } from './test-records';

const base = { pageUrl: 'https://shop.example/cart?session=s3cr3t', time: Date.UTC(2025, 0, 15, 12, 0, 0), browser: 'Chrome 131', now: 0 };

describe('reportMarkdown', () => {
  it('lists page, time, browser and each record, redacted', () => {
    const md = reportMarkdown({
      ...base,
      records: [
        rec({ status: 502, statusLine: 'HTTP/1.1 502 Bad Gateway', url: 'https://shop.example/api?token=abc', type: 'xmlhttprequest', count: 3,
          headers: [['server', 'nginx/1.24.0'], ['cookie', 'a=b']] }),
        rec({ status: 0, error: 'net::ERR_CONNECTION_REFUSED', url: 'https://user:pw@cdn.example/x.js', type: 'script' }),
      ],
    });
    expect(md).toContain('- Page: `https://shop.example/cart?session=REDACTED`');
    expect(md).toContain('- Time: 2025-01-15T12:00:00.000Z');
    expect(md).toContain('- Browser: `Chrome 131`');
    expect(md).toContain('### 1. `HTTP/1.1 502 Bad Gateway`');
    expect(md).toContain('- URL: `https://shop.example/api?token=REDACTED`');
    expect(md).toContain('- Count: 3');
    expect(md).toContain('- Served by: `nginx 1.24.0 (web server)');
    expect(md).toContain('best-effort');
    expect(md.match(/Served by/g)).toHaveLength(1);
    expect(md).toContain('  - `server: nginx/1.24.0`');
    expect(md).toContain('  - `cookie: REDACTED`');
    expect(md).toContain("curl -g -i 'https://shop.example/api?token=REDACTED'");
    expect(md).toContain('### 2. `net::ERR_CONNECTION_REFUSED`');
    expect(md).toContain('`https://REDACTED:REDACTED@cdn.example/x.js`');
    expect(md).not.toMatch(/s3cr3t|token=abc|pw@|a=b/);
  });
  it('says so when there is nothing to report', () => {
    expect(reportMarkdown({ ...base, records: [] })).toContain('No non-2xx responses');
  });
  it('cannot be broken by backticks, pipes, newlines or direction controls in data', () => {
    const url = 'https://a.example/``x`|y|\n# injected\u202E';
    const md = reportMarkdown({ ...base, browser: 'B`|\n## fake', records: [rec({ status: 404, statusLine: '404 *Not* [Found](x) #', url, headers: [['x-cache', '```|\n- item']] })] });
    expect(md).toContain('- URL: ```https://a.example/``x`|y| # injected\\u{202E}```');
    expect(md).toContain('- Browser: ``B`| ## fake``');
    expect(md).toContain('### 1. `404 *Not* [Found](x) #`');
    expect(md).toContain('  - ````x-cache: ```| - item````');
    expect(md.split('\n').filter((l) => l.startsWith('#')).length).toBe(3); // title, section, one record
    expect(md).not.toContain('\u202E');
  });
  it('copes with an invalid time and a 100 KB URL', () => {
    const md = reportMarkdown({ ...base, time: NaN, records: [rec({ url: 'https://a.example/?q=' + 'x'.repeat(100_000) })] });
    expect(md).toContain('- Time: NaN');
    expect(md.length).toBeGreaterThan(200_000);
  });
});

describe('server text in the report', () => {
  it('cannot become a mention or a link: status lines and header values are code spans', () => {
    const md = reportMarkdown({ ...base, records: [rec({
      status: 401, statusLine: 'HTTP/1.1 401 cc @org/team https://evil.example',
      headers: [['www-authenticate', 'Basic realm="ping @org/team at https://evil.example/x"'], ['server', 'nginx']],
    })] });
    expect(md).toContain('### 1. `HTTP/1.1 401 cc @org/team https://evil.example`');
    // The hint's words stay text; the realm the server chose is a code span.
    expect(md).toContain('The server asks for `Basic` authentication (realm "`ping @org/team at https://evil.example/x`")');
    for (const line of md.split('\n')) {
      // Outside code spans, no @mention and no bare URL.
      const outside = line.replace(/(`+)[^`]*?\1/g, '');
      expect(outside, line).not.toMatch(/@org|https?:\/\/evil/);
    }
  });
});

describe('server text in the report, everywhere it can appear', () => {
  // The same hostile words in every header the recorder keeps, on every kind of status, in every
  // language: outside code spans and the cURL block no @mention and no URL may remain.
  const P = '@org/team https://evil.example/x [a](https://evil.example/y) <https://evil.example/z>';
  const HEADERS: HeaderPair[] = [
    ['server', P], ['via', '1.1 ' + P], ['x-cache', 'HIT from ' + P], ['location', 'https://evil.example/@org/team'],
    ['www-authenticate', `Bearer realm="${P}", error="@org/team", error_description="https://evil.example/d", scope="@org"`],
    ['proxy-authenticate', `Basic realm="${P}"`], ['allow', 'GET, @org/team, https://evil.example'], ['retry-after', P],
    ['content-type', 'text/@org; charset=https://evil.example'], ['x-amzn-errortype', P], ['x-vercel-error', P], ['cf-mitigated', P],
    ['x-amzn-waf-action', P], ['upgrade', P], ['accept', P], ['accept-post', P], ['accept-patch', P], ['vary', P],
    ['refresh', '0; url=https://evil.example/@org'], ['x-ms-location', 'https://evil.example/@org'], ['content-range', 'bytes */' + P],
    ['link', '<https://evil.example/@org>; rel=next'], ['cache-status', P], ['x-served-by', P], ['cf-ray', P], ['x-powered-by', P],
    ['age', P], ['alt-svc', P], ['strict-transport-security', P], ['cf-cache-status', P], ['x-amz-cf-pop', P], ['x-varnish', P],
    ['ratelimit', P], ['ratelimit-policy', P], ['x-ratelimit-reset', P], ['access-control-allow-origin', P], ['non-authoritative-reason', P],
  ];
  const STATUSES = [0, 301, 302, 307, 308, 400, 401, 403, 404, 405, 406, 407, 413, 415, 416, 426, 429, 451, 500, 502, 503, 504, 520, 999];

  /** A line with its code spans taken out (CommonMark: a run of n backticks closes at the next run of exactly n). */
  function outsideCodeSpans(line: string): string {
    let out = '';
    for (let i = 0; i < line.length; ) {
      if (line[i] === '\\') { out += line.slice(i, i + 2); i += 2; continue; }
      if (line[i] !== '`') { out += line[i++]; continue; }
      let n = 0;
      while (line[i + n] === '`') n++;
      const close = [...line.slice(i + n).matchAll(/`+/g)].find((m) => m[0].length === n);
      if (!close) { out += line.slice(i, i + n); i += n; continue; }
      i += n + close.index! + n;
    }
    return out;
  }

  it.each(Object.entries({ en, fr, id, vi }))('%s', (_lang, text) => {
    const leaks: string[] = [];
    for (const status of STATUSES) {
      for (let k = 0; k < HEADERS.length; k += 5) {
        const r = rec({ status, statusLine: `HTTP/1.1 ${status} ${P}`, url: 'https://evil.example/@org', method: 'POST', headers: HEADERS.slice(k, k + 5),
          ...(status === 0 ? { error: `net::ERR_${P}` } : {}), ...(status >= 300 && status < 400 ? { redirectTo: 'http://evil.example/@org' } : {}) });
        const md = reportMarkdown({ pageUrl: 'https://evil.example/@org', time: 0, browser: P, now: 0, records: [r], text });
        let fenced = false;
        for (const line of md.split('\n')) {
          if (/^\s*```/.test(line)) fenced = !fenced;
          else if (!fenced && /@org|evil\.example/.test(outsideCodeSpans(line))) leaks.push(`${status}: ${line}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
