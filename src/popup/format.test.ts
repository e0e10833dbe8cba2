import { describe, expect, it } from 'vitest';
import { compactUrl, middleEllipsis, revealControls } from './format';

describe('format', () => {
  it('shortens in the middle, keeping both ends', () => {
    const url = 'example.com/' + 'a'.repeat(100) + '/file.png';
    const out = middleEllipsis(url, 40);
    expect(out).toHaveLength(40);
    expect(out.startsWith('example.com/')).toBe(true);
    expect(out.endsWith('file.png')).toBe(true);
    expect(out).toContain('…');
    expect(middleEllipsis('short', 40)).toBe('short');
  });
  it('drops the scheme only', () => {
    expect(compactUrl('https://a.b/c')).toBe('a.b/c');
    expect(compactUrl('data:text/html,x')).toBe('data:text/html,x');
  });
  it('makes direction controls visible', () => {
    expect(revealControls('invoice\u202egnp.exe')).toBe('invoice\\u202egnp.exe');
  });
});
