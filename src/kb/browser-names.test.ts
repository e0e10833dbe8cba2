// Every browser error name the knowledge base uses must exist in the browser that reports it: the
// names of data/errors/*.json, the names written in the prose of data/text/<lang>/, the name patterns
// of src/diagnosis/explain-failure.ts and the name families of src/kb/error-names.ts. The reference
// is the browsers' own lists (test/fixtures/browser-errors/, copied from net_error_list.h,
// ErrorList.py and NSS's headers; see the README there). A name the browser does not have is a bug:
// nobody will ever see it reported, and the failure it was meant for lands elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ErrorFacts } from './types';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const tsvNames = (file: string) =>
  read(`test/fixtures/browser-errors/${file}`).trim().split('\n').slice(1).map((l) => l.split('\t')[0]);

const chromium = new Set(tsvNames('chromium-net-errors.tsv'));
const firefox = new Set([...tsvNames('firefox-error-list.tsv'), ...tsvNames('firefox-nss-errors.tsv')]);
const CHROMIUM_NAME = /^(?:net::)?ERR_[A-Z0-9_]+$/;
const FIREFOX_NAME = /^(?:NS_[A-Z0-9_]+|SEC_ERROR_[A-Z0-9_]+|SSL_ERROR_[A-Z0-9_]+|MOZILLA_PKIX_ERROR_[A-Z0-9_]+)$/;

/** Whether `name` ("net::ERR_X", "ERR_X", "NS_…", an NSS code) exists in its browser's list. */
function exists(name: string): boolean {
  if (CHROMIUM_NAME.test(name)) return chromium.has(name.replace(/^net::/, ''));
  if (FIREFOX_NAME.test(name)) return firefox.has(name);
  return false;
}

const allNames = [...[...chromium].map((n) => `net::${n}`), ...firefox];

const errorFacts: ErrorFacts[] = readdirSync(new URL('data/errors/', ROOT))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(read(`data/errors/${f}`)) as ErrorFacts);

/**
 * The alternatives a rule's regular expression stands for, one string each: top-level `|` split,
 * anchors and `\b` dropped, each `(?:a|b)` group expanded (`(?:a)?` also without it). `\w+` stays
 * in, marking a family.
 */
function expandAlternatives(source: string): string[] {
  const top: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      top.push(source.slice(start, i));
      start = i + 1;
    }
  }
  top.push(source.slice(start));
  const out: string[] = [];
  for (const alt of top) {
    let variants = [alt.replace(/^\^/, '').replaceAll('\\b', '')];
    for (;;) {
      const next: string[] = [];
      let expanded = false;
      for (const v of variants) {
        const m = /\(\?:([^()]*)\)(\?)?/.exec(v);
        if (!m) {
          next.push(v);
          continue;
        }
        expanded = true;
        const parts = m[2] ? [...m[1].split('|'), ''] : m[1].split('|');
        for (const part of parts) next.push(v.slice(0, m.index) + part + v.slice(m.index + m[0].length));
      }
      variants = next;
      if (!expanded) break;
    }
    out.push(...variants);
  }
  return out;
}

/** A literal alternative must exist; a family (`\w+`) must have at least one member. */
function problemsOf(alternative: string, where: string): string[] {
  if (alternative.includes('\\w+')) {
    const family = new RegExp(`^${alternative.replaceAll('\\w+', '[A-Z0-9_]+')}$`);
    return allNames.some((n) => family.test(n)) ? [] : [`${where}: no browser name matches the family ${alternative}`];
  }
  return exists(alternative) ? [] : [`${where}: ${alternative} is not a browser error name`];
}

describe('browser error names (test/fixtures/browser-errors)', () => {
  it('has the browsers\' lists', () => {
    expect(chromium.has('ERR_CONNECTION_REFUSED')).toBe(true);
    expect(chromium.size).toBeGreaterThan(200);
    expect(firefox.has('NS_ERROR_NET_RESET')).toBe(true);
    expect(firefox.has('SEC_ERROR_UNKNOWN_ISSUER')).toBe(true);
    expect(firefox.has('MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY')).toBe(true);
  });

  it('every name in data/errors/*.json exists in its browser', () => {
    const bad = errorFacts.flatMap((f) => f.names.filter((n) => !exists(n)).map((n) => `errors/${f.id}.json: ${n}`));
    expect(bad).toEqual([]);
  });

  it('every entry id is a real name, or UNKNOWN', () => {
    const bad = errorFacts.filter((f) => f.id !== 'UNKNOWN' && !exists(f.id)).map((f) => f.id);
    expect(bad).toEqual([]);
  });

  it('every error name written in the prose, in every language, exists', () => {
    const token = /\b(?:net::)?(?:ERR|NS|SEC_ERROR|SSL_ERROR|MOZILLA_PKIX_ERROR)_[A-Z0-9_]*[A-Z0-9]\b(?!_)/g;
    const bad: string[] = [];
    for (const lang of readdirSync(new URL('data/text/', ROOT)))
      for (const kind of ['status', 'errors', 'class'])
        for (const f of readdirSync(new URL(`data/text/${lang}/${kind}/`, ROOT))) {
          const text = read(`data/text/${lang}/${kind}/${f}`);
          for (const m of text.matchAll(token)) if (!exists(m[0])) bad.push(`text/${lang}/${kind}/${f}: ${m[0]}`);
        }
    expect([...new Set(bad)]).toEqual([]);
  });

  it('every name and family in explain-failure.ts\'s rules exists', () => {
    const source = read('src/diagnosis/explain-failure.ts');
    const rules = [...source.matchAll(/^\s*\[\/(.+)\/, '([a-z-]+)', '(?:info|warn)'\],?$/gm)];
    expect(rules.length).toBeGreaterThan(20);
    const bad = rules.flatMap(([, re, id]) => expandAlternatives(re).flatMap((alt) => problemsOf(alt, id)));
    expect(bad).toEqual([]);
  });

  it('every name family in error-names.ts has members', () => {
    const source = read('src/kb/error-names.ts');
    const prefixes = [...source.matchAll(/\['([A-Z_]+_)', '[A-Z_]+'\]/g)].map((m) => m[1]);
    expect(prefixes.length).toBeGreaterThan(5);
    const bad = prefixes.filter((p) => !allNames.some((n) => n.replace(/^net::/, '').startsWith(p)));
    expect(bad).toEqual([]);
  });

  it('expands rule patterns into the names they stand for', () => {
    expect(expandAlternatives('^net::ERR_(?:EMPTY_RESPONSE|CONNECTION_CLOSED)\\b|^NS_ERROR_NET_RESET\\b')).toEqual([
      'net::ERR_EMPTY_RESPONSE',
      'net::ERR_CONNECTION_CLOSED',
      'NS_ERROR_NET_RESET',
    ]);
    expect(expandAlternatives('^NS_ERROR_(?:DEFINITIVE_)?UNKNOWN_HOST\\b')).toEqual(['NS_ERROR_DEFINITIVE_UNKNOWN_HOST', 'NS_ERROR_UNKNOWN_HOST']);
    expect(problemsOf('net::ERR_NOT_A_REAL_NAME', 'x')).toHaveLength(1);
    expect(problemsOf('net::ERR_DNS_\\w+', 'x')).toEqual([]);
    expect(problemsOf('NS_ERROR_NOT_A_FAMILY_\\w+', 'x')).toHaveLength(1);
  });
});
