// The knowledge base against the reference facts in test/fixtures/reference: every IANA code with
// its registered phrase and registry status, every vendor code, with the special cases honest.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StatusFacts } from './types';

const REF = new URL('../../test/fixtures/reference/', import.meta.url);
const tsv = (name: string) =>
  readFileSync(new URL(name, REF), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const facts = (code: string): StatusFacts | undefined => {
  const f = new URL(`../../data/status/${code}.json`, import.meta.url);
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined;
};

describe('coverage of the reference registries', () => {
  it('finds the reference files (copied into the repo: a fresh clone has nothing beside it)', () => {
    expect(existsSync(new URL('iana-status-codes.tsv', REF))).toBe(true);
  });

  it('has every IANA code with its registered phrase and registry status', () => {
    const problems: string[] = [];
    for (const [code, phrase] of tsv('iana-status-codes.tsv')) {
      const f = facts(code);
      if (!f) {
        problems.push(`${code}: no entry`);
        continue;
      }
      const registered = phrase.replace(/\s*\((TEMPORARY|OBSOLETED)\b.*$/, '').trim();
      if (f.phrase !== registered) problems.push(`${code}: phrase "${f.phrase}" is not the registered "${registered}"`);
      const expected = /TEMPORARY/.test(phrase) ? 'temporary' : /OBSOLETED/.test(phrase) ? 'obsolete' : phrase === '(Unused)' ? 'unused' : 'iana';
      if (f.registry !== expected) problems.push(`${code}: registry ${f.registry}, expected ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps the older names as aliases', () => {
    expect(facts('413')!.aliases).toContain('Payload Too Large');
    expect(facts('422')!.aliases).toContain('Unprocessable Entity');
    expect(facts('418')!.aliases).toContain("I'm a teapot");
  });

  it('has every numeric vendor code, and each vendor meaning of a shared number', () => {
    const problems: string[] = [];
    for (const [code, phrase, vendor] of tsv('vendor-status-codes.tsv')) {
      if (!/^\d{1,3}$/.test(code)) continue; // 1xxx, 401.x…: not statuses of their own (explained in 530 and 500)
      const f = facts(String(Number(code)));
      if (!f) {
        problems.push(`${code} (${vendor}): no entry`);
        continue;
      }
      const names = [f.phrase, ...(f.aliases ?? []), ...(f.variants ?? []).map((v) => v.phrase)].join(' | ').toLowerCase();
      const vendors = [f.vendor ?? '', ...(f.variants ?? []).map((v) => v.vendor)].join(' | ').toLowerCase();
      const firstWord = vendor.split(/[\s(/]/)[0].toLowerCase();
      const phraseCore = phrase.replace(/\s*\(.*\)\s*$/, '').toLowerCase();
      if (f.registry === 'vendor' || f.variants?.length) {
        if (!vendors.includes(firstWord) && !names.includes(phraseCore)) problems.push(`${code}: neither vendor "${vendor}" nor phrase "${phrase}" appears`);
      }
    }
    expect(problems).toEqual([]);
  });
});
