import { describe, expect, it } from 'vitest';
import { shellQuote } from './shell-quote';

describe('shellQuote', () => {
  it('single-quotes and escapes embedded quotes', () => {
    expect(shellQuote('abc')).toBe("'abc'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('$(rm -rf ~) `x` "y" \\ !')).toBe("'$(rm -rf ~) `x` \"y\" \\ !'");
    expect(shellQuote('')).toBe("''");
  });
});
