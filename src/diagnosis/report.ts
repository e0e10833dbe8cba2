// The shareable report: Markdown for an issue or a chat, and a curl command per record. Everything
// passes through redact.ts first, and every untrusted string is escaped for Markdown.
import type { TabRecord } from '../core/types';
import type { HintTextModule } from './types';
import { diagnose } from './hints';
import { detectProducer } from './producer';
import { redactRecord, redactUrl } from './redact';
import { codeBlock, codeSpan, escapeInline } from './markdown-escape';
import { shellQuote } from './shell-quote';
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
}

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
    `## ${escapeInline(L.records)}`,
    '',
  ];
  if (input.records.length === 0) out.push(escapeInline(L.noRecords), '');
  input.records.forEach((rec, i) => out.push(...recordSection(redactRecord(rec), i + 1, input.now, t), ''));
  return out.join('\n');
}

function recordSection(r: TabRecord, n: number, now: number, t: HintTextModule): string[] {
  const L = t.reportLabels;
  const title = r.error
    ? `${r.status > 0 ? `${r.status} · ` : ''}${r.error}`
    : r.statusLine || String(r.status);
  const lines = [`### ${n}. ${escapeInline(title)}`, ''];
  if (r.error && r.status > 0 && r.statusLine) lines.push(`- ${L.status}: ${codeSpan(r.statusLine)}`);
  if (r.error) lines.push(`- ${L.error}: ${codeSpan(r.error)}`);
  lines.push(`- ${L.method}: ${codeSpan(r.method)}`, `- ${L.type}: ${codeSpan(r.type)}`, `- ${L.url}: ${codeSpan(r.url)}`);
  if (r.redirectTo !== undefined) lines.push(`- ${L.redirectTo}: ${codeSpan(r.redirectTo)}`);
  lines.push(`- ${L.count}: ${Number.isFinite(r.count) ? r.count : 1}`);
  const producer = detectProducer(r.headers, r.status);
  if (producer) lines.push(`- ${L.producer}: ${escapeInline(t.formatProducer(producer))}`);
  if (r.headers.length > 0) {
    lines.push(`- ${L.headers}:`);
    for (const [name, value] of r.headers) lines.push(`  - ${codeSpan(`${name}: ${value}`)}`);
  }
  // The producer already has its own line above.
  const hints = diagnose(r, now).filter((h) => h.id !== 'producer');
  if (hints.length > 0) {
    lines.push(`- ${L.diagnosis}:`);
    for (const h of hints) lines.push(`  - ${escapeInline(t.formatHint(h))}`);
  }
  lines.push(`- ${L.curl}:`, '', indent(codeBlock(curlCommand(r), 'sh'), '  '));
  return lines;
}

function indent(block: string, pad: string): string {
  return block.split('\n').map((l) => pad + l).join('\n');
}

/**
 * `curl -i -X METHOD 'URL'` to reproduce the request from a terminal. Redacted; no cookies or
 * Authorization, so a page that needs a login answers differently from curl.
 */
export function curlCommand(record: Pick<TabRecord, 'method' | 'url'>): string {
  const url = redactUrl(record.url);
  // A URL starting with "-" would be read as an option; --url keeps it an argument.
  const target = url.startsWith('-') ? `--url ${shellQuote(url)}` : shellQuote(url);
  const method = typeof record.method === 'string' && record.method !== '' ? record.method : 'GET';
  // -X HEAD makes curl wait for a body that never comes; -I is curl's HEAD.
  if (method.toUpperCase() === 'HEAD') return `curl -I ${target}`;
  const m = /^[A-Za-z0-9_-]+$/.test(method) ? method : shellQuote(method);
  return `curl -i -X ${m} ${target}`;
}
