import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareCodes } from './compare';
import type { StatusFacts } from './types';

const facts = (code: number) => JSON.parse(readFileSync(new URL(`../../data/status/${code}.json`, import.meta.url), 'utf8')) as StatusFacts;

it('contrasts 202 Accepted with 502 Bad Gateway from their facts', () => {
  const d = compareCodes({ code: 202, facts: facts(202) }, { code: 502, facts: facts(502) });
  expect(d.find((x) => x.kind === 'class')).toEqual({ kind: 'class', a: 'success', b: 'server-error', sameClass: false });
  expect(d.find((x) => x.kind === 'outcome')).toEqual({ kind: 'outcome', aSuccess: true, bSuccess: false });
  expect(d.find((x) => x.kind === 'fault')).toMatchObject({ a: 'none' });
  expect(d.some((x) => x.kind === 'retry')).toBe(true);
});

it('finds no outcome difference inside one class, and works without facts', () => {
  const d = compareCodes({ code: 502, facts: facts(502) }, { code: 504, facts: facts(504) });
  expect(d.find((x) => x.kind === 'class')).toMatchObject({ sameClass: true });
  expect(d.some((x) => x.kind === 'outcome')).toBe(false);
  const u = compareCodes({ code: 299, class: 'success' }, { code: 404, facts: facts(404) });
  expect(u.find((x) => x.kind === 'registry')).toEqual({ kind: 'registry', a: 'unregistered', b: 'iana' });
});
