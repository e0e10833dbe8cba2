import { describe, expect, it } from 'vitest';
import { codeBlock, codeSpan, escapeInline, visibleLine } from './markdown-escape';

describe('markdown escaping', () => {
  it('fences code spans longer than any backtick run', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('a``b`')).toBe('``` a``b` ```');
    expect(codeSpan('`')).toBe('`` ` ``');
    expect(codeSpan('')).toBe('` `');
    expect(codeSpan(' x')).toBe('`  x `');
  });
  it('keeps everything on one line', () => {
    expect(codeSpan('a\nb\r\nc\u2028d')).toBe('`a b c d`');
    expect(escapeInline('a\n# heading')).toBe('a \\# heading');
  });
  it('spells out invisible and direction-changing characters', () => {
    expect(visibleLine('abc\u202Eexe.txt\u200B\u0000')).toBe('abc\\u{202E}exe.txt\\u{200B}\\u{0000}');
  });
  it('escapes inline markup', () => {
    expect(escapeInline('a|b [x](javascript:y) <script> *em* _u_ `c` ~s~ &amp; \\')).toBe(
      'a\\|b \\[x\\](javascript:y) \\<script\\> \\*em\\* \\_u\\_ \\`c\\` \\~s\\~ \\&amp; \\\\');
  });
  it('fences code blocks so no line can close them', () => {
    expect(codeBlock('curl x', 'sh')).toBe('```sh\ncurl x\n```');
    expect(codeBlock('a ```` b')).toBe('`````\na ```` b\n`````');
  });
});
