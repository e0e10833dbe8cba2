// Hostile and broken input to the recorder: whatever a page or a server sends, nothing throws,
// nothing grows without bound, and nothing recorded is lost except by the documented caps.
import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';
import { classOf, filterGroupOf } from './classify';
import type { DocumentEvent, ErrorEvent, RecorderEvent, RedirectEvent, ResponseEvent } from './events';
import { MAX_HEADER_VALUE, MAX_HEADERS } from './header-whitelist';
import {
  applyEvent, MAX_METHOD_LENGTH, MAX_RECORDS_PER_TAB, MAX_STATUS_LINE, MAX_TAB_BYTES, MAX_URL_LENGTH, reviveTabState, tabSize,
} from './recorder';
import { sortRecords } from './sort';
import type { TabState } from './types';

let nextId = 1000;
type Common = Pick<ResponseEvent, 'requestId' | 'tabId' | 'frameId' | 'type' | 'method' | 'url' | 'timeStamp'>;
const base = (over: Partial<Common> = {}): Common => ({
  requestId: String(nextId++), tabId: 3, frameId: 0, type: 'xmlhttprequest', method: 'GET', url: 'http://127.0.0.1/x', timeStamp: 1000, ...over,
});
const doc = (url = 'http://127.0.0.1/'): DocumentEvent => ({ ...base({ type: 'main_frame', url }), kind: 'document' });
const resp = (statusCode: number, over: Partial<ResponseEvent> = {}): ResponseEvent => ({
  ...base(over), kind: 'response', statusCode, statusLine: `HTTP/1.1 ${statusCode} X`, ...over,
});
const redirect = (statusCode: number, redirectUrl: string, over: Partial<RedirectEvent> = {}): RedirectEvent => ({
  ...base(over), kind: 'redirect', statusCode, redirectUrl, ...over,
});
const fail = (error: string, over: Partial<ErrorEvent> = {}): ErrorEvent => ({ ...base(over), kind: 'error', error, ...over });

function run(events: Iterable<RecorderEvent>, start?: TabState): TabState {
  let s = start;
  for (const e of events) s = applyEvent(s, e).state;
  return s!;
}

/** What storage.session would hold, as JSON (Chromium measures its quota on this). */
/** What storage counts: the UTF-8 bytes of the JSON. */
const storedSize = (s: TabState) => new TextEncoder().encode(JSON.stringify(structuredClone(s))).length;

describe('hostile input: URLs', () => {
  it('clips a 100 KB URL, in the record, its key, the page URL and a redirect target', () => {
    const huge = 'http://127.0.0.1/' + 'a'.repeat(100_000);
    const s = run([doc(huge), resp(404, { url: huge }), redirect(302, huge, { url: 'http://127.0.0.1/r' })]);
    expect(s.pageUrl).toHaveLength(MAX_URL_LENGTH + 1);
    const [r404, r302] = s.records;
    expect(r404.url).toHaveLength(MAX_URL_LENGTH + 1);
    expect(r404.url.endsWith('…')).toBe(true);
    expect(r404.key).toBe(`404|GET|${r404.url}`);
    expect(r302.redirectTo).toHaveLength(MAX_URL_LENGTH + 1);
    expect(storedSize(s)).toBeLessThan(4 * MAX_URL_LENGTH + 2000);
  });

  it('counts URLs that differ only past the clip as one record', () => {
    const stem = 'http://127.0.0.1/' + 'b'.repeat(MAX_URL_LENGTH);
    const s = run([doc(), resp(404, { url: stem + '1' }), resp(404, { url: stem + '2' })]);
    expect(s.records).toHaveLength(1);
    expect(s.records[0].count).toBe(2);
  });

  it('keeps markup and direction controls as plain data (the popup renders text, never HTML)', () => {
    const url = 'http://127.0.0.1/<script>alert(1)</script>/\u202egnp.exe';
    const s = run([doc(), resp(404, { url })]);
    expect(s.records[0].url).toBe(url);
  });
});

describe('hostile input: headers', () => {
  it('keeps at most MAX_HEADERS of 500 headers, whitelisted ones only', () => {
    const raw = [
      ...Array.from({ length: 250 }, (_, i) => ({ name: `X-Junk-${i}`, value: `v${i}` })),
      ...Array.from({ length: 249 }, (_, i) => ({ name: 'Link', value: `</${i}.css>; rel=preload` })),
      { name: 'Set-Cookie', value: 'session=secret' },
    ];
    const s = run([doc(), resp(503, { responseHeaders: raw })]);
    const h = s.records[0].headers;
    expect(h).toHaveLength(MAX_HEADERS);
    expect(h.every(([k]) => k === 'link')).toBe(true);
    expect(JSON.stringify(s)).not.toContain('secret');
  });

  it('clips a 64 KB header value', () => {
    const s = run([doc(), resp(500, { responseHeaders: [{ name: 'Server', value: 'a'.repeat(65_536) }] })]);
    const [[name, value]] = s.records[0].headers;
    expect(name).toBe('server');
    expect(value).toHaveLength(MAX_HEADER_VALUE + 1);
  });

  it('survives malformed header entries', () => {
    const raw = [
      { name: 'Server', binaryValue: [0xff, 0x00] },
      { name: undefined as unknown as string, value: 'x' },
      null as unknown as { name: string },
      { name: 'Retry-After' },
      { name: 'Via', value: '1.1 <b>proxy</b>\u202e' },
    ];
    const s = run([doc(), resp(429, { responseHeaders: raw })]);
    expect(s.records[0].headers).toEqual([['server', ''], ['retry-after', ''], ['via', '1.1 <b>proxy</b>\u202e']]);
  });
});

describe('hostile input: statuses and status lines', () => {
  it.each([0, 99, 600, 999, 1000, -1, NaN])('records status %s as a non-success, classified, without throwing', (code) => {
    const s = run([doc(), resp(code), resp(code)]);
    expect(s.records).toHaveLength(1);
    expect(s.records[0].count).toBe(2);
    const cls = classOf(s.records[0].status, s.records[0].error);
    expect(cls).toBe(code === 0 ? 'network' : 'invalid');
    expect(filterGroupOf(s.records[0].status)).toBe(code === 0 ? 'network' : 'other');
    expect(sortRecords(s.records)).toHaveLength(1);
    expect(badgeFor(s).text).toBe('2');
    expect(structuredClone(s).records[0].key).toBe(`${code}|GET|http://127.0.0.1/x`);
  });

  it('sorts a mix of odd statuses without losing any', () => {
    const codes = [NaN, 404, -1, 0, 999, 500, 99, 600];
    const s = run([doc(), ...codes.map((c, i) => resp(c, { url: `http://127.0.0.1/${i}` }))]);
    const sorted = sortRecords(s.records);
    expect(sorted).toHaveLength(codes.length);
    expect(new Set(sorted.map((r) => r.key)).size).toBe(codes.length);
    expect(sorted[0].status).toBe(0); // a status-0 response ranks as a network failure, with 5xx
  });

  it('keeps a garbage status line verbatim but bounded', () => {
    const line = 'HTTP/1.1 299 \u0007garbage\u0000<script>alert(1)</script>';
    let s = run([doc(), resp(404, { statusLine: line })]);
    expect(s.records[0].statusLine).toBe(line);
    s = run([doc(), resp(404, { statusLine: 'HTTP/1.1 404 ' + 'x'.repeat(100_000) })]);
    expect(s.records[0].statusLine).toHaveLength(MAX_STATUS_LINE + 1);
    s = run([doc(), resp(404, { statusLine: undefined })]);
    expect(s.records[0].statusLine).toBe('');
  });

  it('bounds a huge custom method', () => {
    const s = run([doc(), resp(405, { method: 'X'.repeat(100_000) }), fail('net::ERR_FAILED', { method: 'Y'.repeat(100_000) })]);
    expect(s.records.map((r) => r.method.length)).toEqual([MAX_METHOD_LENGTH + 1, MAX_METHOD_LENGTH + 1]);
  });
});

describe('hostile input: volume', () => {
  it('folds 3,000 identical failures into one record with their count', () => {
    const s = run([doc(), ...Array.from({ length: 3000 }, (_, i) => resp(404, { url: 'http://127.0.0.1/same.json', timeStamp: 1000 + i }))]);
    expect(s.records).toHaveLength(1);
    expect(s.records[0]).toMatchObject({ count: 3000, time: 1000, lastTime: 3999 });
    expect(badgeFor(s).text).toBe('999+');
  });

  it('holds the per-tab cap over 10,000 requests, keeping the worst', () => {
    function* events(): Generator<RecorderEvent> {
      yield doc();
      for (let i = 0; i < 10_000; i++) {
        yield i % 16 === 0 && i < 9600 ? resp(500, { url: `http://127.0.0.1/api?n=${i}` }) : resp(404, { url: `http://127.0.0.1/gone-${i}.png` });
      }
    }
    const s = run(events());
    // Eviction may work in batches: the cap holds, a little under it is fine.
    expect(s.records.length).toBeLessThanOrEqual(MAX_RECORDS_PER_TAB);
    expect(s.records.length).toBeGreaterThanOrEqual(MAX_RECORDS_PER_TAB * 0.9);
    expect(s.dropped).toBe(10_000 - s.records.length);
    expect(s.records.filter((r) => r.status === 500)).toHaveLength(600);
    // The 404s kept are the newest.
    const kept404 = s.records.filter((r) => r.status === 404).map((r) => Number(/gone-(\d+)/.exec(r.url)![1]));
    expect(Math.max(...kept404)).toBe(9999);
    expect(Math.min(...kept404)).toBeGreaterThan(10_000 - MAX_RECORDS_PER_TAB - 100);
  });

  it('keeps one tab within its storage budget however long the URLs and headers are', () => {
    const pad = 'c'.repeat(MAX_URL_LENGTH);
    const fat = Array.from({ length: MAX_HEADERS }, (_, i) => ({ name: 'Link', value: `<${i}>`.padEnd(MAX_HEADER_VALUE, 'd') }));
    const events: RecorderEvent[] = [doc(), resp(500, { url: 'http://127.0.0.1/the-worst' })];
    for (let i = 0; i < 1200; i++) events.push(resp(404, { url: `http://127.0.0.1/${i}/${pad}`, responseHeaders: fat }));
    const s = run(events);
    expect(tabSize(s)).toBeLessThanOrEqual(MAX_TAB_BYTES);
    expect(storedSize(s)).toBeLessThan(MAX_TAB_BYTES * 1.1);
    expect(s.dropped).toBe(1201 - s.records.length);
    expect(s.records.some((r) => r.url.endsWith('/the-worst'))).toBe(true);
    expect(s.records.at(-1)!.url.startsWith('http://127.0.0.1/1199/')).toBe(true);
  });

  it('counts bytes, not characters: multi-byte header values and URLs stay within the budget', () => {
    const euros = Array.from({ length: MAX_HEADERS }, (_, i) => ({ name: 'Link', value: `<${i}>`.padEnd(MAX_HEADER_VALUE, '€') }));
    const events: RecorderEvent[] = [doc()];
    for (let i = 0; i < 1200; i++) events.push(resp(404, { url: `http://127.0.0.1/${i}/${'é'.repeat(MAX_URL_LENGTH - 20)}`, responseHeaders: euros }));
    const s = run(events);
    expect(storedSize(s)).toBeLessThan(MAX_TAB_BYTES * 1.1);
    expect(s.records.length).toBeGreaterThanOrEqual(1);
  });

  it('does not let the pending-request map repeat long URLs', () => {
    const pad = 'e'.repeat(MAX_URL_LENGTH);
    const s = run([doc(), ...Array.from({ length: 300 }, (_, i) => resp(404, { url: `http://127.0.0.1/${i}/${pad}` }))]);
    expect(JSON.stringify(s.recent).length).toBeLessThan(300 * 40);
  });

  it('still ties an abort to its status, also in a state stored by an older version (recent held keys)', () => {
    const d = doc();
    const r = resp(404, { url: 'http://127.0.0.1/img.png' });
    const s = run([d, r, fail('net::ERR_ABORTED', { requestId: r.requestId, url: r.url })]);
    expect(s.records).toHaveLength(1);
    expect(s.records[0]).toMatchObject({ status: 404, error: 'net::ERR_ABORTED' });

    const old = reviveTabState(structuredClone({ ...s, records: s.records.map((x) => ({ ...x, error: undefined })), recent: { '999999': s.records[0].key } }), 3);
    const after = applyEvent(old, fail('NS_BINDING_ABORTED', { requestId: '999999', url: r.url })).state!;
    expect(after.records).toHaveLength(1);
    expect(after.records[0].error).toBe('NS_BINDING_ABORTED');
  });

  it('recomputes the size budget of a state read back from storage', () => {
    const pad = 'f'.repeat(MAX_URL_LENGTH);
    let s = run([doc(), ...Array.from({ length: 50 }, (_, i) => resp(404, { url: `http://127.0.0.1/${i}/${pad}` }))]);
    const before = tabSize(s);
    s = reviveTabState(structuredClone(s), 3);
    expect(tabSize(s)).toBe(before);
  });
});
