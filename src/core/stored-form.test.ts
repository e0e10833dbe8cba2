import { expect, it } from 'vitest';
import { applyEvent, newTabState } from './recorder';
import { fromStored, fromStoredHeld, serializeTab, toStored, toStoredHeld } from './stored-form';
import type { TabState } from './types';

it('drops derived fields and gets them back', () => {
  let s: TabState = newTabState(4, 'http://a/', 1, '10');
  s = applyEvent(s, { kind: 'response', requestId: '11', tabId: 4, frameId: 0, type: 'image', method: 'GET', url: 'http://a/x.png', timeStamp: 2, statusCode: 404 }).state!;
  s = applyEvent(s, { kind: 'error', requestId: '12', tabId: 4, frameId: 0, type: 'script', method: 'GET', url: 'http://a/y.js', timeStamp: 3, error: 'net::ERR_FAILED' }).state!;
  const stored = structuredClone(toStored(s));
  expect(JSON.stringify(stored)).not.toContain('"key"');
  expect(stored).not.toHaveProperty('recent');
  const back = fromStored(stored, 4);
  expect(back.records.map((r) => r.key)).toEqual(['404|GET|http://a/x.png', 'error|GET|http://a/y.js']);
  expect(back.recent).toEqual({});
  // The full form older versions stored still reads.
  expect(fromStored(structuredClone(s), 4).records).toEqual(s.records);
});

it('keeps an activated prerender’s document, and held prerendered pages, across a restart', () => {
  const s = { ...newTabState(4, 'http://a/next', 1, '10'), documentId: 'B' };
  expect(fromStored(structuredClone(toStored(s)), 4).documentId).toBe('B');
  const held = [{ frames: [5, 6], documentId: 'B', state: applyEvent(newTabState(4), { kind: 'response', requestId: '11', tabId: 4, frameId: 0, type: 'image', method: 'GET', url: 'http://a/b.png', timeStamp: 2, statusCode: 500 }).state! }];
  const back = fromStoredHeld(structuredClone(toStoredHeld(held)), 4);
  expect(back).toMatchObject([{ frames: [5, 6], documentId: 'B', state: { records: [{ key: '500|GET|http://a/b.png' }] } }]);
  expect(fromStoredHeld([null, { frames: 'x' }, { frames: [1] }], 4)).toEqual([{ frames: [1], state: newTabState(4) }]);
  expect(fromStoredHeld('garbage', 4)).toEqual([]);
});

it('drops bad stored records and repairs missing fields, so later events for the tab still apply', () => {
  const good = { status: 404, statusLine: '', method: 'GET', type: 'image', url: 'http://a/x.png', frame: 'sub', time: 1, lastTime: 1, count: 1, fromCache: false, headers: [['server', 'nginx']], seq: 0 };
  const raw = {
    pageUrl: 'http://a/', pageStart: 1, mainRequestId: '10', dropped: 0, seq: 5,
    records: [null, 'junk', { ...good, url: 42 }, { status: 'x', method: 'GET', url: 'http://a/y' }, good,
      { ...good, url: 'http://a/no-headers.png', headers: undefined, seq: 1 },
      { ...good, url: 'http://a/bad-headers.png', headers: [null, ['x'], ['server', 7], ['via', '1.1 v']], count: 'many', seq: 2 }],
  };
  const back = fromStored(structuredClone(raw), 4);
  expect(back.records.map((r) => r.url)).toEqual(['http://a/x.png', 'http://a/no-headers.png', 'http://a/bad-headers.png']);
  expect(back.records[1].headers).toEqual([]);
  expect(back.records[2].headers).toEqual([['via', '1.1 v']]);
  expect(back.records[2].count).toBe(1);
  // A repeat of the record without headers updates it instead of throwing.
  const next = applyEvent(back, { kind: 'response', requestId: '20', tabId: 4, frameId: 0, type: 'image', method: 'GET', url: 'http://a/no-headers.png', timeStamp: 3, statusCode: 404 });
  expect(next.state!.records.find((r) => r.url === 'http://a/no-headers.png')!.count).toBe(2);
});

it('stores a list as one JSON string, and reads it back; a broken one reads as an empty list', () => {
  const s = applyEvent(newTabState(4, 'http://a/', 1, '10'), { kind: 'response', requestId: '11', tabId: 4, frameId: 0, type: 'image', method: 'GET', url: 'http://a/x.png', timeStamp: 2, statusCode: 404, responseHeaders: [{ name: 'Server', value: 'nginx' }] }).state!;
  const stored = serializeTab(s);
  expect(typeof stored).toBe('string');
  expect(JSON.parse(stored)).toEqual(toStored(s));
  const back = fromStored(stored, 4);
  expect(back.records).toEqual(s.records);
  expect(back.pageUrl).toBe('http://a/');
  expect(fromStored('{"records": [', 4)).toEqual(newTabState(4));
});
