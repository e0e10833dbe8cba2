import { expect, it } from 'vitest';
import { chainOf, mainDocumentHops } from './redirect-hops';
import type { TabRecord } from './types';

let seq = 0;
const r = (status: number, url: string, redirectTo?: string, type = 'xmlhttprequest'): TabRecord =>
  ({ key: `${status}|GET|${url}`, status, url, redirectTo, type, method: 'GET', seq: seq++ }) as TabRecord;

it('walks a sub-resource chain from any of its hops, in order', () => {
  const a = r(301, 'http://a/1', 'http://a/2');
  const b = r(302, 'http://a/2', 'http://a/3');
  const c = r(404, 'http://a/3');
  const other = r(307, 'http://b/x', 'http://b/y');
  const recs = [other, c, b, a];
  expect(chainOf(recs, b)).toEqual({ hops: [a, b], end: c });
  expect(chainOf(recs, a).hops).toEqual([a, b]);
  expect(chainOf(recs, other)).toEqual({ hops: [other], end: undefined });
});

it('stops at a loop', () => {
  const a = r(302, 'http://a/1', 'http://a/2');
  const b = r(302, 'http://a/2', 'http://a/1');
  expect(chainOf([a, b], a).hops).toHaveLength(2);
});

it('lists the top-level document hops in order', () => {
  const h1 = r(301, 'http://a/', 'https://a/', 'main_frame');
  const h2 = r(302, 'https://a/', 'https://a/home', 'main_frame');
  expect(mainDocumentHops([h2, r(404, 'http://a/x.png', undefined, 'image'), h1])).toEqual([h1, h2]);
});
