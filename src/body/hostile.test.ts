// Bodies are untrusted: 1 MB of hostile text must cost linear time and give no exception.
import { describe, expect, it } from 'vitest';
import { parseBody } from './parse-body';
import { MAX_BODY_CHARS } from './limits';

const MB = 1024 * 1024;
const big = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const HOSTILE: [string, string, string][] = [
  ['unclosed tags', big('<title<h1<center>nginx'), 'text/html'],
  ['nested open elements', '<html><title>' + big('<title>'), 'text/html'],
  ['entity soup', '<html><title>' + big('&#x1F600;&amp;&#99999999;'), 'text/html'],
  ['frame-like lines', big('    at a.b.c.d.e.f.g.h.i (/x/y/z.js:1:'), 'text/plain'],
  ['many short frame-like lines', big('  at a (/' + 'b.'.repeat(120) + 'js:1:\n'), 'text/plain'],
  ['dotnet-like lines', big('   at A.B(' + ') in '.repeat(50) + ':line\n'), 'text/plain'],
  ['python-like lines', big('  File "' + 'a'.repeat(300) + '\n'), 'text/plain'],
  ['PHP-like lines', big('Fatal error:  in / in / in / in /x on line\n'), 'text/html'],
  ['deep JSON', '{"errors":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}', 'application/json'],
  ['long JSON strings', JSON.stringify({ error: { message: 'x'.repeat(MB), stack: big('    at f (/a.js:1:1)\n') } }), 'application/json'],
  ['XML with no close', '<?xml version="1.0"?><Error><Code>' + big('<Code><Message>'), 'application/xml'],
  ['cloudflare words', '<html>cloudflare ray id: ' + big('<span ') + 'error', 'text/html'],
  ['squid markers', '<html>(squid/' + big('<body id=ERR_'), 'text/html'],
];

describe('hostile bodies (1 MB)', () => {
  for (const [name, text, type] of HOSTILE) {
    it(`${name}: bounded time, no exception`, () => {
      const t0 = performance.now();
      const e = parseBody({ text, contentType: type });
      const ms = performance.now() - t0;
      expect(e).toBeTypeOf('object');
      // 64 KB is read in a few ms (up to ~100 ms on a loaded 2-core machine); a quadratic pass would take seconds.
      expect(ms).toBeLessThan(500);
      for (const [, v] of e.message?.fields ?? []) expect(v.length).toBeLessThanOrEqual(300);
    });
  }

  it('reads at most the first 64 KB', () => {
    const late = ' '.repeat(MAX_BODY_CHARS) + '<html><title>Late</title>';
    expect(parseBody({ text: late, contentType: 'text/html' }).message).toBeUndefined();
  });

  it('survives values that are not strings', () => {
    expect(parseBody({ text: undefined as unknown as string, contentType: null as unknown as string })).toEqual({});
  });
});
