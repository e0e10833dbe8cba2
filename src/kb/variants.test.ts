import { describe, expect, it } from 'vitest';
import { pickVariant, textForVariant } from './variants';
import type { StatusFacts, StatusText } from './types';

const facts = {
  code: 499, phrase: 'Client Closed Request', class: 'client-error', registry: 'vendor', fault: 'client', retry: 'no',
  headers: [], related: [], spec: { title: 'x', url: 'https://x' },
  variants: [
    { id: 'nginx', vendor: 'nginx', phrase: 'Client Closed Request', match: { Server: 'nginx' } },
    { id: 'esri', vendor: 'Esri', phrase: 'Token Required' },
    { id: 'broken', vendor: 'x', phrase: 'y', match: { server: '(' } },
  ],
} as StatusFacts;

describe('pickVariant', () => {
  it('matches header names case-insensitively', () => {
    expect(pickVariant(facts, [['server', 'nginx/1.22.1']])?.id).toBe('nginx');
  });
  it('never guesses without evidence', () => {
    expect(pickVariant(facts, [['server', 'Microsoft-IIS/10.0']])).toBeUndefined();
    expect(pickVariant(facts, [])).toBeUndefined();
    expect(pickVariant({ ...facts, variants: undefined }, [['server', 'nginx']])).toBeUndefined();
  });
  it('survives a bad pattern', () => {
    expect(pickVariant({ ...facts, variants: [facts.variants![2]] }, [['server', '(']])).toBeUndefined();
  });
});

it('lays variant prose over the entry', () => {
  const text = { summary: 'a', meaning: 'm', whenSeen: 'w', fixVisitor: ['v'], fixOwner: ['o'], variants: { esri: { summary: 'token' } } } as StatusText;
  expect(textForVariant(text, 'esri').summary).toBe('token');
  expect(textForVariant(text, 'esri').meaning).toBe('m');
  expect(textForVariant(text, undefined)).toBe(text);
});

it('only tests headers the recorder keeps (a variant matched on a dropped header could never be picked)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { isKeptHeader } = await import('../core/header-whitelist');
  const dir = new URL('../../data/status/', import.meta.url);
  const unkept: string[] = [];
  for (const f of readdirSync(dir)) {
    const facts = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as StatusFacts;
    for (const v of facts.variants ?? []) for (const h of Object.keys(v.match ?? {})) if (!isKeptHeader(h)) unkept.push(`${f} ${v.id} ${h}`);
  }
  expect(unkept).toEqual([]);
});
