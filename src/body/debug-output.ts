// "Debug output is public": a framework's debug page or a raw stack trace in a response a
// visitor receives. Framework pages are found by their fixed markers; stack traces by lines that
// look like frames, tested line by line (each line clipped) so the cost stays linear.
import type { DebugExposure, DebugKind } from './types';
import { plainText } from './markup';
import { quoteText } from './limits';

/** Fixed markers of framework debug pages (lower-case), most specific first. */
const PAGES: readonly [DebugKind, string][] = [
  ['django', 'you\'re seeing this error because you have <code>debug = true</code>'],
  ['django', 'you\'re seeing this error because you have debug = true'],
  ['rails', 'action controller: exception caught'],
  ['laravel', 'vendor/laravel/framework'],
  ['laravel', 'vendor\\/laravel\\/framework'],
  ['werkzeug', 'werkzeug debugger'],
  ['werkzeug', 'the debugger caught an exception in your wsgi application'],
  ['aspnet', '<b> description: </b>an unhandled exception occurred during the execution of the current web request'],
  ['aspnet', 'server error in \'/\' application'],
  ['express', '<br> &nbsp; &nbsp;at '],
  ['php', '<b>fatal error</b>:  uncaught'],
  ['php', 'stack trace:<br />#0'],
];

/** Frame lines of common runtimes. Each is anchored and bounded; lines are clipped to 300 chars. */
const FRAMES: readonly [DebugKind, RegExp][] = [
  ['python', /^\s{0,8}Traceback \(most recent call last\):/],
  ['python', /^\s{0,8}File "[^"]{1,250}", line \d{1,7}, in /],
  ['java', /^\s{0,8}at [\w$.]{1,200}\([\w$]{1,120}\.(?:java|kt|scala):\d{1,7}\)/],
  ['java', /^\s{0,8}(?:Caused by: |Exception in thread ")[\w$.]{1,200}(?:Exception|Error)\b/],
  ['dotnet', /^\s{0,8}at [\w.`<>[\],]{1,200}\(.{0,200}\) in .{1,200}:line \d{1,7}/],
  ['node', /^\s{0,8}at (?:[^\s()]{1,200} \()?(?:file:\/\/)?\/?[^\s()]{1,250}\.(?:js|mjs|cjs|ts):\d{1,7}:\d{1,7}\)?$/],
  ['php', /^\s{0,8}#\d{1,4} (?:\/|[A-Z]:\\)[^\s(]{1,250}\(\d{1,7}\): /],
  ['php', /^\s{0,8}(?:PHP )?(?:Fatal error|Parse error|Warning): .{1,200} in (?:\/|[A-Z]:\\)\S{1,250} on line \d{1,7}/],
  ['ruby', /^\s{0,8}(?:\/|app\/)[^\s:]{1,250}\.rb:\d{1,7}:in [`']/],
];

const MAX_LINES = 2000;

export function detectDebugOutput(text: string, lower: string): DebugExposure | undefined {
  for (const [kind, marker] of PAGES) {
    const at = lower.indexOf(marker);
    if (at >= 0) return { kind, evidence: plainText(text.slice(at, at + Math.max(marker.length, 120)), 160) };
  }
  // HTML pages carry frames inside markup: read the lines of the plain text, tags removed
  // line by line (a <pre> keeps its line breaks).
  const lines = text.split('\n', MAX_LINES);
  const seen = new Map<DebugKind, number>();
  for (const raw of lines) {
    const line = raw.length > 300 ? raw.slice(0, 300) : raw;
    const flat = line.includes('<') ? line.replace(/<[^<>]{0,100}>/g, '') : line;
    for (const [kind, re] of FRAMES) {
      if (!re.test(flat)) continue;
      const n = (seen.get(kind) ?? 0) + 1;
      seen.set(kind, n);
      // One frame may be a quoted log line; a second (or a traceback header) is a trace.
      if (n >= 2 || /Traceback|Exception in thread|Caused by|Fatal error/.test(flat)) {
        return { kind, evidence: quoteText(flat, 160) };
      }
    }
  }
  return undefined;
}
