import { describe, expect, it } from 'vitest';
import { reportMarkdown } from './report';
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
