// Putting untrusted strings (URLs, header values, hint text with parameters) into Markdown so that
// nothing in them can change the layout: no backtick closes a code span early, no pipe or bracket
// becomes markup, no line break starts a new block, and invisible controls that reorder or hide
// text (Unicode bidi overrides, zero-width characters) are shown as \u{…} instead.

const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** One visible line: controls spelled out, line breaks and tabs turned into spaces. */
export function visibleLine(s: string): string {
  return String(s)
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** Inline code, with a fence longer than any run of backticks inside (CommonMark §6.1). */
export function codeSpan(s: string): string {
  const content = visibleLine(s);
  if (content === '') return '` `';
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // One space each side is stripped by the parser; it is needed when the content starts or ends
  // with a backtick or a space.
  const pad = /^[ `]|[ `]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Plain inline text: characters that start inline markup (or close a heading) are backslash-escaped. */
export function escapeInline(s: string): string {
  return visibleLine(s).replace(/[\\`*_[\]<>|~&!#]/g, (c) => `\\${c}`);
}

/** A fenced code block whose fence no line inside can close. */
export function codeBlock(s: string, info = ''): string {
  const lines = String(s).split(LINE_BREAKS).map((l) => l.replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`));
  let longest = 2;
  for (const l of lines) for (const run of l.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${info}`, ...lines, fence].join('\n');
}
