import { describe, expect, it } from 'vitest';
import { parseContentRange, unsatisfiedRangeLength } from './content-range';

describe('Content-Range', () => {
  it('reads the 416 form', () => {
    expect(parseContentRange('bytes */47022')).toEqual({ unit: 'bytes', length: 47022 });
    expect(unsatisfiedRangeLength('bytes */47022')).toBe(47022);
  });
  it('reads the 206 form', () => {
    expect(parseContentRange('bytes 21010-47021/47022')).toEqual({ unit: 'bytes', start: 21010, end: 47021, length: 47022 });
    expect(parseContentRange('bytes 0-9/*')).toEqual({ unit: 'bytes', start: 0, end: 9 });
    expect(unsatisfiedRangeLength('bytes 0-9/10')).toBeUndefined();
  });
  it('rejects malformed values', () => {
    for (const bad of ['', 'bytes', 'bytes */', 'bytes */*', 'bytes 9-0/10', 'bytes */-1', 'bytes */1e3', '*/10', 'bytes */' + '9'.repeat(30), '<b>bytes */1</b>']) {
      expect(parseContentRange(bad), bad).toBeUndefined();
    }
  });
});
