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

  it('keeps markup as plain data', () => {
    const kept = keepDiagnosticHeaders([{ name: 'Server', value: '<img src=x onerror=alert(1)>' }]);
    expect(headerValue(kept, 'SERVER')).toBe('<img src=x onerror=alert(1)>');
  });
});
