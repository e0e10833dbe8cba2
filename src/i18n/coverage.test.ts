// Every language speaks the whole UI, and the knowledge base is covered in every language.
// A missing UI string fails; knowledge-base coverage is reported per language and must be 100%.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './en';

const LANGS = ['fr', 'id', 'vi'] as const;
const DATA = new URL('../../data/text/', import.meta.url);
const LOCALES = new URL('../../public/_locales/', import.meta.url);
const placeholders = (s: string) => [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort().join();

describe.each(LANGS)('UI strings in %s', (lang) => {
  it('has every key of English, with the same placeholders, none left empty', async () => {
    const mod = (await import(`./${lang}.ts`)) as Record<string, Record<string, string>>;
    const table = mod[lang];
    const problems: string[] = [];
    for (const [k, v] of Object.entries(en)) {
      const got = table?.[k];
      if (typeof got !== 'string' || !got.trim()) problems.push(`missing ${k}`);
      else if (placeholders(got) !== placeholders(v)) problems.push(`placeholders differ in ${k}`);
    }
    for (const k of Object.keys(table ?? {})) if (!(k in en)) problems.push(`unknown key ${k}`);
    expect(problems).toEqual([]);
  });

  it('localizes the manifest strings', () => {
    const base = JSON.parse(readFileSync(new URL('en/messages.json', LOCALES), 'utf8'));
    const file = new URL(`${lang}/messages.json`, LOCALES);
    expect(existsSync(file)).toBe(true);
    const got = JSON.parse(readFileSync(file, 'utf8'));
    for (const k of Object.keys(base)) expect(got[k]?.message, k).toBeTruthy();
  });
});

describe('knowledge-base coverage', () => {
  const FIELDS = ['summary', 'meaning', 'whenSeen', 'fixVisitor', 'fixOwner'] as const;
  const files = (lang: string) =>
    ['status', 'errors', 'class'].flatMap((dir) => {
      const d = new URL(`${lang}/${dir}/`, DATA);
      return existsSync(d) ? readdirSync(d).map((f) => `${dir}/${f}`) : [];
    });
  const english = files('en');

  it.each(LANGS)('covers every entry in %s with summary, meaning and fixes', (lang) => {
    let complete = 0;
    const missing: string[] = [];
    for (const f of english) {
      const path = new URL(`${lang}/${f}`, DATA);
      const text = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
      const ok = FIELDS.every((k) => (Array.isArray(text[k]) ? text[k].length > 0 && text[k].every(Boolean) : !!text[k]));
      if (ok) complete++;
      else missing.push(f);
    }
    const pct = ((100 * complete) / english.length).toFixed(1);
    console.log(`knowledge base in ${lang}: ${complete}/${english.length} entries complete (${pct}%)`);
    expect(missing).toEqual([]);
  });
});
