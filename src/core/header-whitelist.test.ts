import { describe, expect, it } from 'vitest';
import { headerValue, keepDiagnosticHeaders, MAX_HEADER_VALUE, MAX_HEADERS } from './header-whitelist';

describe('keepDiagnosticHeaders', () => {
  it('keeps diagnostic headers, lower-cased, and drops secrets', () => {
    const kept = keepDiagnosticHeaders([
      { name: 'Server', value: 'nginx/1.22.1' },
      { name: 'Set-Cookie', value: 'session=abc' },
      { name: 'Authorization', value: 'Bearer x' },
      { name: 'Cookie', value: 'a=b' },
      { name: 'Retry-After', value: '120' },
      { name: 'CF-RAY', value: '8a1b2c3d4e5f6a7b-CDG' },
      { name: 'X-Unknown', value: 'nope' },
    ]);
    expect(kept).toEqual([
      ['server', 'nginx/1.22.1'],
      ['retry-after', '120'],
      ['cf-ray', '8a1b2c3d4e5f6a7b-CDG'],
    ]);
  });

  it('bounds long values and header counts', () => {
    const long = 'x'.repeat(64 * 1024);
    const [[, v]] = keepDiagnosticHeaders([{ name: 'Server', value: long }]);
    expect(v.length).toBe(MAX_HEADER_VALUE + 1);
    const many = Array.from({ length: 500 }, () => ({ name: 'Via', value: '1.1 a' }));
    expect(keepDiagnosticHeaders(many)).toHaveLength(MAX_HEADERS);
  });

  it('tolerates missing values and junk', () => {
    expect(keepDiagnosticHeaders(undefined)).toEqual([]);
    expect(keepDiagnosticHeaders([{ name: 'Location', binaryValue: [1] }])).toEqual([['location', '']]);
    expect(keepDiagnosticHeaders([{} as never])).toEqual([]);
  });

  it('knows a name however it is spelled, and keeps deciding right once it has seen many names', () => {
    const spellings = ['Retry-After', 'retry-after', 'RETRY-AFTER', 'rEtRy-AfTeR'];
    for (let round = 0; round < 2; round++) {
      expect(keepDiagnosticHeaders(spellings.map((name) => ({ name, value: '5' })))).toEqual(spellings.map(() => ['retry-after', '5']));
    }
    // More distinct names than are remembered, invented ones and long ones among them.
    const junk = Array.from({ length: 2500 }, (_, i) => ({ name: i % 2 ? `X-Junk-${i}` : `X-${'Long'.repeat(20)}-${i}`, value: 'j' }));
    expect(keepDiagnosticHeaders(junk)).toEqual([]);
    expect(keepDiagnosticHeaders([{ name: 'Set-Cookie', value: 's=1' }, { name: 'Server', value: 'a' }, { name: 'SERVER', value: 'b' }])).toEqual([
      ['server', 'a'],
      ['server', 'b'],
    ]);
    expect(keepDiagnosticHeaders([{ name: 'X-' + 'Long'.repeat(20), value: 'x' }, { name: 'Via', value: '1.1 a' }])).toEqual([['via', '1.1 a']]);
  });

  it('keeps markup as plain data', () => {
    const kept = keepDiagnosticHeaders([{ name: 'Server', value: '<img src=x onerror=alert(1)>' }]);
    expect(headerValue(kept, 'SERVER')).toBe('<img src=x onerror=alert(1)>');
  });
});
