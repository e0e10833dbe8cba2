import { describe, expect, it } from 'vitest';
import { parseUpgrade } from './upgrade';

describe('parseUpgrade', () => {
  it('lists protocols in order', () => {
    expect(parseUpgrade('TLS/1.2, HTTP/1.1')).toEqual(['TLS/1.2', 'HTTP/1.1']);
    expect(parseUpgrade('h2c')).toEqual(['h2c']);
  });
  it('ignores empty members and keeps odd ones as data', () => {
    expect(parseUpgrade(' , ')).toEqual([]);
    expect(parseUpgrade('websocket, <svg onload=x>')).toEqual(['websocket', '<svg onload=x>']);
  });
});
