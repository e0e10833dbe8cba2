// The shareable report: Markdown for an issue or a chat, and a curl command per record. Everything
// passes through redact.ts first, and every untrusted string is escaped for Markdown.
import type { TabRecord } from '../core/types';
import type { Hint, HintParams, HintTextModule } from './types';
import { diagnose } from './hints';
import { detectProducer } from './producer';
import { redactRecord, redactUrl } from './redact';
import { redactBody } from './redact-body';
import { codeBlock, codeSpan, escapeInline } from './markdown-escape';
import { curlCommand } from './curl-command';
import { text as en } from './hint-text.en';

export interface ReportInput {
  pageUrl: string;
  /** When the page was loaded or the report made (ms since epoch). */
  time: number;
  /** "Chrome 131.0.6778.86", as the UI knows it. */
  browser: string;
  records: readonly TabRecord[];
  /** Reference time for relative hints (Retry-After). */
  now: number;
  /** Language module; English by default. */
  text?: HintTextModule;
  /** Label of a record's body excerpt (the DevTools panel's records carry one); English by default. */
  bodyLabel?: string;
}

/** A record with the body excerpt the DevTools panel captured: redacted and fenced in the report. */
export type ReportRecord = TabRecord & { bodyExcerpt?: string };

export function reportMarkdown(input: ReportInput): string {
  const t = input.text ?? en;
  const L = t.reportLabels;
  const time = Number.isFinite(input.time) ? new Date(input.time).toISOString() : String(input.time);
  const out: string[] = [
    `# ${escapeInline(L.title)}`,
    '',
    `- ${L.page}: ${codeSpan(redactUrl(input.pageUrl))}`,
    `- ${L.time}: ${escapeInline(time)}`,
    `- ${L.browser}: ${codeSpan(input.browser)}`,
    '',
    escapeInline(L.bestEffort),
    '',
    `## ${escapeInline(L.records)}`,
    '',
  ];
  if (input.records.length === 0) out.push(escapeInline(L.noRecords), '');
  input.records.forEach((rec, i) => out.push(...recordSection(redactRecord(rec), i + 1, input.now, t), ...bodySection(rec, input.bodyLabel), ''));
  return out.join('\n');
}

function recordSection(r: TabRecord, n: number, now: number, t: HintTextModule): string[] {
  const L = t.reportLabels;
  // Status lines and error names come from the server or the browser: code spans, so
  // "404 cc @org/team https://evil.example" can become neither a mention nor a link.
  const title = r.error
    ? `${r.status > 0 ? `${r.status} · ` : ''}${r.error}`
    : r.statusLine || String(r.status);
  const lines = [`### ${n}. ${codeSpan(title)}`, ''];
  if (r.error && r.status > 0 && r.statusLine) lines.push(`- ${L.status}: ${codeSpan(r.statusLine)}`);
  if (r.error) lines.push(`- ${L.error}: ${codeSpan(r.error)}`);
  lines.push(`- ${L.method}: ${codeSpan(r.method)}`, `- ${L.type}: ${codeSpan(r.type)}`, `- ${L.url}: ${codeSpan(r.url)}`);
  if (r.redirectTo !== undefined) lines.push(`- ${L.redirectTo}: ${codeSpan(r.redirectTo)}`);
  lines.push(`- ${L.count}: ${Number.isFinite(r.count) ? r.count : 1}`);
  const producer = detectProducer(r.headers, r.status);
  if (producer) lines.push(`- ${L.producer}: ${codeSpan(t.formatProducer(producer))}`);
  if (r.headers.length > 0) {
    lines.push(`- ${L.headers}:`);
    for (const [name, value] of r.headers) lines.push(`  - ${codeSpan(`${name}: ${value}`)}`);
  }
  // The producer already has its own line above.
  const hints = diagnose(r, now).filter((h) => h.id !== 'producer');
  if (hints.length > 0) {
    lines.push(`- ${L.diagnosis}:`);
    for (const h of hints) lines.push(`  - ${hintMarkdown(h, t)}`);
  }
  lines.push(`- ${L.curl} (bash, zsh, fish):`, '', indent(codeBlock(curlCommand(r), 'sh'), '  '));
  return lines;
}

/**
 * Parameters of a hint that carry text from the response (header values, URLs): each goes into
 * the Markdown as a code span, the hint's own words as escaped text. Parameters the text module
 * looks words up by (role, reason, check, shape, Squid's code...) are left alone.
 */
const SERVER_TEXT = new Set([
  'realm', 'error', 'errorDescription', 'scope', 'scheme', 'url', 'raw', 'value', 'action', 'from', 'to', 'server',
  'evidence', 'evidenceValue', 'allowed', 'values', 'headers', 'protocols', 'application',
]);
/**
 * Names that are a lookup key in most hints but the response's own words in one: a vendor's error
 * code, and the Non-Authoritative-Reason a 307 gives (a server can send one, posing as the browser).
 */
const SERVER_TEXT_OF: Partial<Record<Hint['id'], string>> = { 'vendor-error-code': 'code', 'browser-internal-redirect': 'reason' };
/** Private-use characters: never in a hint's words, untouched by escapeInline. */
const mark = (i: number) => `\uE000${i}\uE001`;

function hintMarkdown(h: Hint, t: HintTextModule): string {
  const values: string[] = [];
  const params: HintParams = { ...h.params };
  for (const [k, v] of Object.entries(params)) {
    const serverText = SERVER_TEXT.has(k) || SERVER_TEXT_OF[h.id] === k;
    if (serverText && typeof v === 'string' && v !== '') {
      params[k] = mark(values.length);
      values.push(v);
    }
  }
  return escapeInline(t.formatHint({ ...h, params })).replace(/\uE000(\d+)\uE001/g, (_, i: string) => codeSpan(values[Number(i)] ?? ''));
}

function bodySection(r: ReportRecord, label = 'Body (excerpt, redacted)'): string[] {
  if (typeof r.bodyExcerpt !== 'string' || r.bodyExcerpt === '') return [];
  const body = redactBody(r.bodyExcerpt);
  return [`- ${escapeInline(label)}:`, '', indent(codeBlock(body, /^\s*[[{]/.test(body) ? 'json' : 'text'), '  ')];
}

function indent(block: string, pad: string): string {
  return block.split('\n').map((l) => pad + l).join('\n');
}

export { curlCommand } from './curl-command';
