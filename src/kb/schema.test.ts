// Validates every knowledge-base file under data/ (whatever exists: entries are written by
// several hands), the pairing of facts with English text, cross-references, and a few
// accuracy rules that a schema alone cannot express.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ErrorFacts, StatusFacts } from './types';
import { validateErrorFacts, validateErrorText, validateStatusFacts, validateStatusText } from './validate';

const DATA = new URL('../../data/', import.meta.url);

function jsonFiles(dir: string): string[] {
  const url = new URL(dir, DATA);
  if (!existsSync(url)) return [];
  return readdirSync(url)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

function subdirs(dir: string): string[] {
  const url = new URL(dir, DATA);
  if (!existsSync(url)) return [];
  return readdirSync(url, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function read(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, DATA), 'utf8'));
}

const stem = (f: string) => f.replace(/\.json$/, '');

const statusFiles = jsonFiles('status/');
const errorFiles = jsonFiles('errors/');
const langs = subdirs('text/');

const statusFacts = new Map<string, StatusFacts>(statusFiles.map((f) => [stem(f), read(`status/${f}`) as StatusFacts]));
const errorFacts = new Map<string, ErrorFacts>(errorFiles.map((f) => [stem(f), read(`errors/${f}`) as ErrorFacts]));

describe('status facts (data/status)', () => {
  it('has entries', () => {
    expect(statusFiles.length).toBeGreaterThan(0);
  });

  it('every file is a valid StatusFacts named after its code', () => {
    const problems: string[] = [];
    for (const [name, facts] of statusFacts) {
      const file = `status/${name}.json`;
      problems.push(...validateStatusFacts(facts, file));
      if (String(facts.code) !== name) problems.push(`${file}: file name does not match code ${facts.code}`);
    }
    expect(problems).toEqual([]);
  });

  it('every related code has an entry', () => {
    const dangling: string[] = [];
    for (const [name, facts] of statusFacts)
      for (const r of facts.related ?? []) if (!statusFacts.has(String(r))) dangling.push(`status/${name}.json -> ${r}`);
    expect(dangling).toEqual([]);
  });
});

describe('error facts (data/errors)', () => {
  it('every file is a valid ErrorFacts named after its id', () => {
    const problems: string[] = [];
    for (const [name, facts] of errorFacts) {
      const file = `errors/${name}.json`;
      problems.push(...validateErrorFacts(facts, file));
      if (facts.id !== name) problems.push(`${file}: file name does not match id ${String(facts.id)}`);
    }
    expect(problems).toEqual([]);
  });

  it('every related id has an entry', () => {
    const dangling: string[] = [];
    for (const [name, facts] of errorFacts)
      for (const r of facts.related ?? []) if (!errorFacts.has(r)) dangling.push(`errors/${name}.json -> ${r}`);
    expect(dangling).toEqual([]);
  });
});

describe('texts (data/text/<lang>)', () => {
  it('English text exists', () => {
    expect(langs).toContain('en');
  });

  it('every status and error entry has an English text, and every English text has an entry', () => {
    const en = new Set(jsonFiles('text/en/status/').map(stem));
    const enErrors = new Set(jsonFiles('text/en/errors/').map(stem));
    const missing = [...statusFacts.keys()].filter((k) => !en.has(k)).map((k) => `text/en/status/${k}.json missing`);
    missing.push(...[...errorFacts.keys()].filter((k) => !enErrors.has(k)).map((k) => `text/en/errors/${k}.json missing`));
    expect(missing).toEqual([]);
  });

  for (const lang of langs) {
    it(`${lang}: every text is valid and belongs to an existing entry`, () => {
      const problems: string[] = [];
      for (const f of jsonFiles(`text/${lang}/status/`)) {
        const file = `text/${lang}/status/${f}`;
        const facts = statusFacts.get(stem(f));
        if (facts === undefined) problems.push(`${file}: no data/status/${f}`);
        problems.push(...validateStatusText(read(file), file, facts));
      }
      for (const f of jsonFiles(`text/${lang}/errors/`)) {
        const file = `text/${lang}/errors/${f}`;
        if (!errorFacts.has(stem(f))) problems.push(`${file}: no data/errors/${f}`);
        problems.push(...validateErrorText(read(file), file));
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('accuracy rules (English)', () => {
  const textOf = (code: string) => {
    const path = `text/en/status/${code}.json`;
    return existsSync(new URL(path, DATA)) ? (read(path) as Record<string, unknown>) : undefined;
  };

  it('1xx, 2xx and 3xx summaries never call the status an error or failure', () => {
    const bad: string[] = [];
    for (const [code, facts] of statusFacts) {
      if (facts.code >= 400 || facts.code < 100) continue;
      const summary = textOf(code)?.summary;
      if (typeof summary === 'string' && /\b(error|errors|failure|failures|failed)\b/i.test(summary))
        bad.push(`${code}: ${summary}`);
    }
    expect(bad).toEqual([]);
  });

  it('1xx, 2xx and 3xx entries have fault "none"', () => {
    const bad = [...statusFacts.values()].filter((f) => f.code >= 100 && f.code < 400 && f.fault !== 'none').map((f) => f.code);
    expect(bad).toEqual([]);
  });

  // Words that name a responsible party; a 5xx text must point at one of them.
  const PARTY = /\b(server|origin|application|app|backend|upstream|gateway|proxy|CDN|load balancer|Cloudflare|host|hosting|network|DNS|operator|owner|site)\b/i;

  it('every 5xx entry says in whenSeen or meaning who is at fault', () => {
    const bad: string[] = [];
    for (const [code, facts] of statusFacts) {
      if (facts.code < 500) continue;
      const text = textOf(code);
      if (text === undefined) continue; // reported by the pairing test
      const words = `${String(text.whenSeen)} ${String(text.meaning)}`;
      if (!PARTY.test(words)) bad.push(code);
    }
    expect(bad).toEqual([]);
  });
});

describe('the validator rejects broken entries', () => {
  const good: StatusFacts = {
    code: 404,
    phrase: 'Not Found',
    class: 'client-error',
    registry: 'iana',
    fault: 'client',
    retry: 'no',
    headers: [],
    related: [410],
    spec: { title: 'RFC 9110, Section 15.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5' },
  };
  const goodText = {
    summary: 'No resource at this URL.',
    meaning: 'The server found nothing at this address.',
    whenSeen: 'Broken links.',
    fixVisitor: ['Check the address.'],
    fixOwner: ['Add a redirect.'],
  };

  it('accepts a valid sample', () => {
    expect(validateStatusFacts(good, 'good')).toEqual([]);
    expect(validateStatusText(goodText, 'good')).toEqual([]);
  });

  it('rejects a missing summary', () => {
    const { summary: _omit, ...rest } = goodText;
    expect(validateStatusText(rest, 't').join('\n')).toMatch(/missing "summary"/);
    expect(validateErrorText(rest, 't').join('\n')).toMatch(/missing "summary"/);
  });

  it('rejects empty fix lists and empty steps', () => {
    expect(validateStatusText({ ...goodText, fixVisitor: [] }, 't').join('\n')).toMatch(/fixVisitor" must not be empty/);
    expect(validateStatusText({ ...goodText, fixOwner: [''] }, 't').join('\n')).toMatch(/fixOwner\[0\]/);
  });

  it('rejects a non-https spec url', () => {
    const bad = { ...good, spec: { title: 'RFC 9110', url: 'http://www.rfc-editor.org/rfc/rfc9110' } };
    expect(validateStatusFacts(bad, 'f').join('\n')).toMatch(/https/);
    expect(validateStatusFacts({ ...good, spec: { title: 'x', url: 'not a url' } }, 'f').join('\n')).toMatch(/https/);
  });

  it('rejects an unknown class and a class that does not match the code', () => {
    expect(validateStatusFacts({ ...good, class: 'client' }, 'f').join('\n')).toMatch(/"class"/);
    expect(validateStatusFacts({ ...good, class: 'server-error' }, 'f').join('\n')).toMatch(/does not match code 404/);
  });

  it('rejects unknown enum values and wrong types', () => {
    const problems = validateStatusFacts({ ...good, fault: 'user', retry: true, code: '404', related: ['410'] }, 'f');
    expect(problems.join('\n')).toMatch(/"fault"/);
    expect(problems.join('\n')).toMatch(/"retry"/);
    expect(problems.join('\n')).toMatch(/"code" must be an integer/);
    expect(problems.join('\n')).toMatch(/related\[0\]/);
  });

  it('rejects duplicate variant ids and text variants the facts do not have', () => {
    const withVariants: StatusFacts = {
      ...good,
      variants: [
        { id: 'nginx', vendor: 'nginx', phrase: 'A' },
        { id: 'nginx', vendor: 'nginx', phrase: 'B' },
      ],
    };
    expect(validateStatusFacts(withVariants, 'f').join('\n')).toMatch(/duplicate variant id/);
    const text = { ...goodText, variants: { esri: { summary: 'x' } } };
    expect(validateStatusText(text, 't', withVariants).join('\n')).toMatch(/no variant with this id/);
  });

  it('rejects a broken error entry', () => {
    const problems = validateErrorFacts({ id: 'net::ERR_X', names: [''], category: 'nope', fault: 'network', retry: 'yes', related: [] }, 'e');
    expect(problems.join('\n')).toMatch(/net::/);
    expect(problems.join('\n')).toMatch(/names\[0\]/);
    expect(validateErrorFacts({ id: 'ERR_X', category: 'dns', fault: 'network', retry: 'yes', related: [] }, 'e').join('\n')).toMatch(/missing "names"/);
    expect(problems.join('\n')).toMatch(/"category"/);
  });

  it('rejects something that is not an object', () => {
    expect(validateStatusFacts([], 'f')).toHaveLength(1);
    expect(validateErrorText(null, 'e')).toHaveLength(1);
  });
});
