import { describe, expect, it } from 'vitest';
import { parseAllow } from './allow';

describe('parseAllow', () => {
  it('lists methods and checks the request method', () => {
    expect(parseAllow('GET, HEAD, OPTIONS', 'POST')).toEqual({ allowed: ['GET', 'HEAD', 'OPTIONS'], methodAllowed: false });
    expect(parseAllow('GET,POST', 'POST')).toEqual({ allowed: ['GET', 'POST'], methodAllowed: true });
  });
  it('treats an empty Allow as "nothing allowed"', () => {
    expect(parseAllow('', 'GET')).toEqual({ allowed: [], methodAllowed: false });
    expect(parseAllow(' , ,', 'GET')).toEqual({ allowed: [], methodAllowed: false });
  });
  it('dedupes and compares case-insensitively', () => {
    expect(parseAllow('get, GET, get', 'GET')).toEqual({ allowed: ['get', 'GET'], methodAllowed: true });
  });
  it('keeps odd members as data', () => {
    expect(parseAllow('GET, <script>', 'PUT').allowed).toEqual(['GET', '<script>']);
  });
});
