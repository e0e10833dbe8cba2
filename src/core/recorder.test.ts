import { describe, expect, it } from 'vitest';
import type { DocumentEvent, ErrorEvent, RecorderEvent, RedirectEvent, ResponseEvent } from './events';
import { applyEvent, MAX_RECORDS_PER_TAB, MAX_URL_LENGTH, reviveTabState, startedBefore, tabSize, trimTab } from './recorder';
import type { TabState } from './types';

let nextId = 100;
type Common = Pick<ResponseEvent, 'requestId' | 'tabId' | 'frameId' | 'type' | 'method' | 'url' | 'timeStamp'>;
const base = (over: Partial<Common> = {}): Common => ({
  requestId: String(nextId++), tabId: 7, frameId: 0, type: 'image', method: 'GET', url: 'http://127.0.0.1/x', timeStamp: 1000, ...over,
});
const doc = (url: string, over: Partial<DocumentEvent> = {}): DocumentEvent => ({ ...base({ type: 'main_frame', url }), kind: 'document', ...over });
const resp = (statusCode: number, over: Partial<ResponseEvent> = {}): ResponseEvent => ({
  ...base(over), kind: 'response', statusCode, statusLine: `HTTP/1.1 ${statusCode} X`, ...over,
});
const redirect = (statusCode: number, redirectUrl: string, over: Partial<RedirectEvent> = {}): RedirectEvent => ({
  ...base(over), kind: 'redirect', statusCode, redirectUrl, ...over,
});
const fail = (error: string, over: Partial<ErrorEvent> = {}): ErrorEvent => ({ ...base(over), kind: 'error', error, ...over });

function run(events: RecorderEvent[], start?: TabState): TabState | undefined {
  let s = start;
  for (const e of events) s = applyEvent(s, e).state;
  return s;
}

describe('recorder', () => {
  it('keeps non-2xx responses and failures, never 2xx', () => {
    const s = run([
      doc('http://127.0.0.1/'),
      resp(200, { url: 'http://127.0.0.1/ok.png' }),
      resp(202, { url: 'http://127.0.0.1/job' }),
      resp(404, { url: 'http://127.0.0.1/missing.png' }),
      resp(502, { url: 'http://127.0.0.1/api', type: 'xmlhttprequest', method: 'POST' }),
      fail('net::ERR_CONNECTION_REFUSED', { url: 'http://127.0.0.1:9/dead.js', type: 'script' }),
    ])!;
    expect(s.records.map((r) => r.key)).toEqual([
      '404|GET|http://127.0.0.1/missing.png',
      '502|POST|http://127.0.0.1/api',
      'error|GET|http://127.0.0.1:9/dead.js',
    ]);
    const err = s.records[2];
    expect(err.status).toBe(0);
    expect(err.error).toBe('net::ERR_CONNECTION_REFUSED');
  });

  it('counts repeats of the same status, method and URL as one record', () => {
    const s = run([doc('http://a/'), resp(404, { url: 'http://a/i.png' }), resp(404, { url: 'http://a/i.png', timeStamp: 2000 }), resp(404, { url: 'http://a/i.png', method: 'HEAD' })])!;
    expect(s.records).toHaveLength(2);
    expect(s.records[0].count).toBe(2);
    expect(s.records[0].lastTime).toBe(2000);
  });

  it('records each redirect hop with its target', () => {
    const s = run([doc('http://a/'), redirect(301, 'https://a/', { url: 'http://a/' })])!;
    expect(s.records[0]).toMatchObject({ status: 301, redirectTo: 'https://a/', frame: 'main' });
  });

  it('a new document starts a new list; its own redirect hops stay', () => {
    let s = run([doc('http://a/'), resp(404, { url: 'http://a/x.png' })])!;
    const d = doc('http://b/');
    s = run([d, redirect(302, 'http://b/home', { requestId: d.requestId, url: 'http://b/' }), { ...d, url: 'http://b/home' }], s)!;
    // The page is where the redirects ended.
    expect(s.pageUrl).toBe('http://b/home');
    expect(s.records.map((r) => r.status)).toEqual([302]);
  });

  it('ignores late events from requests the previous document started', () => {
    const old = base().requestId;
    const s = run([doc('http://a/'), doc('http://b/'), fail('net::ERR_ABORTED', { requestId: old })])!;
    expect(s.records).toEqual([]);
    expect(startedBefore('5', '10')).toBe(true);
    expect(startedBefore('x', '10')).toBe(false);
    expect(startedBefore('5', '')).toBe(false);
  });

  it('sub-frame navigations do not reset the list', () => {
    const s = run([doc('http://a/'), resp(404, { url: 'http://a/1' }), resp(500, { frameId: 3, type: 'sub_frame', url: 'http://a/frame' })])!;
    expect(s.records).toHaveLength(2);
    expect(s.records[1].frame).toBe('sub');
  });

  it('ignores requests with no tab', () => {
    expect(applyEvent(undefined, resp(500, { tabId: -1 }))).toEqual({ state: undefined, changed: false });
  });

  it('reports the real status when a load is aborted after its status arrived', () => {
    const d = doc('http://a/');
    const r = resp(404, { url: 'http://a/broken.png' });
    const s = run([d, r, fail('net::ERR_ABORTED', { requestId: r.requestId, url: r.url })])!;
    expect(s.records).toHaveLength(1);
    expect(s.records[0]).toMatchObject({ status: 404, error: 'net::ERR_ABORTED' });
  });

  it('marks what the user’s own browser blocked, from the event’s facts, when it records the failure', () => {
    const d = doc('http://a/');
    const s = run([
      d,
      fail('net::ERR_BLOCKED_BY_CLIENT', { url: 'http://ads.example/a.js' }),
      fail('NS_ERROR_ABORT', { url: 'http://ads.example/b.js', sent: false }),
      fail('NS_ERROR_ABORT', { url: 'http://a/events', sent: true }),
      fail('NS_ERROR_ABORT', { url: 'http://a/stream', ip: '127.0.0.1' }),
      fail('NS_ERROR_FINGERPRINTING_URI', { url: 'http://fp.example/f.js' }),
      fail('net::ERR_ABORTED', { url: 'http://a/slow' }),
    ])!;
    expect(s.records.map((r) => r.blocked)).toEqual(['extension', 'extension', undefined, undefined, 'tracking-protection', undefined]);
    // A failure after a recorded status keeps the status: the server answered, nothing was blocked.
    const r = resp(404, { url: 'http://a/x.png' });
    const t = run([d, r, fail('NS_ERROR_ABORT', { requestId: r.requestId, url: r.url })])!;
    expect(t.records[0]).toMatchObject({ status: 404, error: 'NS_ERROR_ABORT' });
    expect(t.records[0].blocked).toBeUndefined();
  });

  it('keeps a stored blocked verdict through a restore, and drops one it does not know', () => {
    const s = run([doc('http://a/'), fail('net::ERR_BLOCKED_BY_CLIENT', { url: 'http://ads.example/a.js' })])!;
    const stored = structuredClone(s);
    expect(reviveTabState(stored, 7).records[0].blocked).toBe('extension');
    (stored.records[0] as { blocked?: string }).blocked = '<b>evil</b>';
    expect(reviveTabState(stored, 7).records[0].blocked).toBeUndefined();
  });

  it('past the cap, drops what the user’s own browser blocked before the page’s own failures', () => {
    let s = run([doc('http://a/')])!;
    for (let i = 0; i < 100; i++) s = applyEvent(s, resp(404, { url: `http://a/${i}` })).state!;
    for (let i = 0; i < MAX_RECORDS_PER_TAB; i++) s = applyEvent(s, fail('net::ERR_BLOCKED_BY_CLIENT', { url: `http://ads.example/${i}` })).state!;
    expect(s.records.length).toBeLessThanOrEqual(MAX_RECORDS_PER_TAB);
    expect(s.records.filter((r) => r.status === 404)).toHaveLength(100);
  });

  it('keeps only whitelisted headers', () => {
    const s = run([doc('http://a/'), resp(401, { responseHeaders: [{ name: 'WWW-Authenticate', value: 'Basic realm="x"' }, { name: 'Set-Cookie', value: 's=1' }] })])!;
    expect(s.records[0].headers).toEqual([['www-authenticate', 'Basic realm="x"']]);
  });

  it('caps records per tab, keeping the worst', () => {
    let s = run([doc('http://a/'), resp(500, { url: 'http://a/boom' })])!;
    for (let i = 0; i < MAX_RECORDS_PER_TAB + 50; i++) s = applyEvent(s, resp(404, { url: `http://a/${i}` })).state!;
    // Eviction works in batches (5% of the cap at a time), so the list dips just below the cap.
    expect(s.records.length).toBeLessThanOrEqual(MAX_RECORDS_PER_TAB);
    expect(s.records.length).toBeGreaterThanOrEqual(MAX_RECORDS_PER_TAB * 0.94);
    expect(s.dropped + s.records.length).toBe(MAX_RECORDS_PER_TAB + 51);
    expect(s.records.some((r) => r.status === 500)).toBe(true);
    expect(s.records.at(-1)!.url).toBe(`http://a/${MAX_RECORDS_PER_TAB + 49}`);
    // The oldest 404s went first; the survivors keep their order.
    const seqs = s.records.map((r) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('trims a tab to a smaller budget, worst kept', () => {
    let s = run([doc('http://a/'), resp(502, { url: 'http://a/api' })])!;
    for (let i = 0; i < 300; i++) s = applyEvent(s, resp(404, { url: `http://a/t${i}` })).state!;
    expect(trimTab(s, 100)).toBeGreaterThanOrEqual(201);
    expect(s.records.length).toBeLessThanOrEqual(100);
    expect(s.records[0].status).toBe(502);
  });

  it('bounds URL length', () => {
    const s = run([doc('http://a/'), resp(404, { url: 'http://a/' + 'x'.repeat(100_000) })])!;
    expect(s.records[0].url.length).toBe(MAX_URL_LENGTH + 1);
  });

  it('records unusual statuses without crashing', () => {
    const s = run([doc('http://a/'), resp(99), resp(600), resp(999), resp(0, { statusLine: 'garbage' })])!;
    expect(s.records.map((r) => r.status)).toEqual([99, 600, 999, 0]);
  });

  it('keeps its size count equal to a recount as repeats replace headers, aborts add errors and records go', () => {
    let s = run([doc('http://a/')])!;
    for (let i = 0; i < 3000; i++) {
      const headers = Array.from({ length: i % 7 }, (_, j) => ({ name: j % 2 ? 'CF-RAY' : 'Server', value: 'v'.repeat((i * 31 + j) % 300) }));
      const r = resp(i % 5 ? 404 : 503, { url: `http://a/${i % 1300}`, responseHeaders: headers });
      s = applyEvent(s, r).state!;
      if (i % 11 === 0) s = applyEvent(s, fail('net::ERR_ABORTED', { requestId: r.requestId, url: r.url })).state!;
      if (i % 13 === 0) s = applyEvent(s, fail('net::ERR_FAILED', { url: `http://a/f${i % 40}` })).state!;
    }
    expect(s.dropped).toBeGreaterThan(0);
    // A state read back from storage counts its size afresh.
    expect(tabSize(s)).toBe(tabSize(reviveTabState(structuredClone(s), 7)));
  });

  it('survives a round trip through structured clone (storage.session)', () => {
    const s = run([doc('http://a/'), resp(404, { url: 'http://a/1' })])!;
    const back = reviveTabState(structuredClone(s), 7);
    const after = applyEvent(back, resp(404, { url: 'http://a/1' })).state!;
    expect(after.records).toHaveLength(1);
    expect(after.records[0].count).toBe(2);
    expect(reviveTabState(null, 3).records).toEqual([]);
  });
});
