import { expect, it } from 'vitest';
import { rememberPage, restorePage, MAX_EARLIER_PAGES } from './page-history';
import { newTabState } from './recorder';
import type { TabRecord } from './types';

const page = (url: string, n = 1) => {
  const s = newTabState(1, url, 1, '1');
  for (let i = 0; i < n; i++) s.records.push({ key: `${url}${i}`, status: 404, seq: i } as TabRecord);
  return s;
};

it('brings back the list of a page restored from history, keeping the one it replaces', () => {
  const a = page('http://a/');
  const b = page('http://b/');
  const earlier = rememberPage([], a);
  const r = restorePage(b, earlier, { kind: 'history-commit', tabId: 1, url: 'http://a/', timeStamp: 5 })!;
  expect(r.state.pageUrl).toBe('http://a/');
  expect(r.state.records).toEqual(a.records);
  expect(r.earlier.map((p) => p.pageUrl)).toEqual(['http://b/']);
});

it('changes nothing when the committed page is the current one (fragments ignored)', () => {
  expect(restorePage(page('http://a/x'), [], { kind: 'history-commit', tabId: 1, url: 'http://a/x#top', timeStamp: 5 })).toBeUndefined();
});

it('says so when a restored page has no kept list', () => {
  const r = restorePage(page('http://b/'), [], { kind: 'history-commit', tabId: 1, url: 'http://c/', timeStamp: 5 })!;
  expect(r.state).toMatchObject({ pageUrl: 'http://c/', fromHistory: true, records: [] });
});

it('keeps a bounded number of earlier pages, and bounded lists', () => {
  let earlier = rememberPage([], page('http://big/', 500));
  expect(earlier[0].records).toHaveLength(100);
  for (let i = 0; i < 10; i++) earlier = rememberPage(earlier, page(`http://p${i}/`));
  expect(earlier).toHaveLength(MAX_EARLIER_PAGES);
  expect(earlier.at(-1)!.pageUrl).toBe('http://p9/');
});
