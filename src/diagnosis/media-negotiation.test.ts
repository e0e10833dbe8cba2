import { describe, expect, it } from 'vitest';
import { acceptedByServer, negotiatedOn, parseMediaType, problemDetailsFormat } from './media-negotiation';

describe('media negotiation', () => {
  it('parses media types', () => {
    expect(parseMediaType('Application/Problem+JSON; charset=utf-8')).toEqual({ essence: 'application/problem+json', type: 'application', subtype: 'problem+json' });
    expect(parseMediaType('text/html')).toMatchObject({ essence: 'text/html' });
    for (const bad of ['', 'text', 'text/', '/html', 'text/html junk', '<script>/x']) expect(parseMediaType(bad), bad).toBeUndefined();
  });
  it('recognises problem details', () => {
    expect(problemDetailsFormat([['content-type', 'application/problem+json']])).toBe('json');
    expect(problemDetailsFormat([['content-type', 'application/problem+xml;charset=utf-8']])).toBe('xml');
    expect(problemDetailsFormat([['content-type', 'application/json']])).toBeUndefined();
    expect(problemDetailsFormat([])).toBeUndefined();
  });
  it('reads what a 415 would accept', () => {
    expect(acceptedByServer([['accept', 'application/json, text/csv']])).toEqual({ header: 'Accept', values: ['application/json', 'text/csv'] });
    expect(acceptedByServer([['accept-encoding', 'gzip']])).toEqual({ header: 'Accept-Encoding', values: ['gzip'] });
    expect(acceptedByServer([['accept-patch', 'application/merge-patch+json']])?.header).toBe('Accept-Patch');
    expect(acceptedByServer([])).toBeUndefined();
  });
  it('reads Vary', () => {
    expect(negotiatedOn([['vary', 'Accept, Accept-Language']])).toEqual(['Accept', 'Accept-Language']);
    expect(negotiatedOn([['vary', ' ']])).toBeUndefined();
  });
});
