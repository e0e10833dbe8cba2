// The report's body excerpt (records from the DevTools panel): redacted, fenced, and a fence the
// body cannot close.
import { describe, expect, it } from 'vitest';
import { reportMarkdown, type ReportRecord } from './report';

const record = (bodyExcerpt?: string): ReportRecord => ({
  key: '400|POST|https://api.example.com/token', status: 400, statusLine: 'HTTP/1.1 400 Bad Request', method: 'POST', type: 'fetch',
  url: 'https://api.example.com/token', frame: 'sub', time: 0, lastTime: 0, count: 1, fromCache: false, headers: [], seq: 1,
  ...(bodyExcerpt === undefined ? {} : { bodyExcerpt }),
});

describe('report body excerpt', () => {
  it('is redacted and fenced', () => {
    const md = reportMarkdown({ pageUrl: 'https://example.com/', time: 0, browser: 'Chrome 156', now: 0, records: [record('{"error":"invalid_grant","refresh_token":"rf-1029384756abcdefabcdef"}')] });
    expect(md).toContain('- Body (excerpt, redacted):');
    expect(md).toContain('```json');
    expect(md).toContain('"error": "invalid_grant"');
    expect(md).not.toContain('rf-1029384756abcdefabcdef');
  });

  it('a body with backticks cannot close its fence', () => {
    const md = reportMarkdown({ pageUrl: '', time: 0, browser: 'x', now: 0, bodyLabel: 'Corps', records: [record('```\n# injected heading\n````')] });
    const fence = md.split('\n').find((l) => /^\s*`{5,}text$/.test(l));
    expect(fence).toBeDefined();
    expect(md).toContain('- Corps:');
  });

  it('records without a body have no body line', () => {
    expect(reportMarkdown({ pageUrl: '', time: 0, browser: 'x', now: 0, records: [record()] })).not.toContain('Body (excerpt');
  });
});
