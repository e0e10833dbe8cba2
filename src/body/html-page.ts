// An HTML error page by its title and first heading: what the page says the error is.
import type { BodyMessage } from './types';
import { firstElement } from './markup';

export function looksLikeHtml(lower: string): boolean {
  const head = lower.slice(0, 1024);
  return head.includes('<html') || head.includes('<!doctype html') || head.includes('<head') || head.includes('<body') || head.includes('<title');
}

export function parseHtmlPage(text: string, lower: string): BodyMessage | undefined {
  const fields: [string, string][] = [];
  const title = firstElement(text, lower, 'title');
  if (title) fields.push(['title', title]);
  for (const tag of ['h1', 'h2', 'h3']) {
    const h = firstElement(text, lower, tag);
    // A heading that repeats the title adds nothing.
    if (h && h !== title) {
      fields.push(['heading', h]);
      break;
    }
    if (h) break;
  }
  return fields.length ? { format: 'html-page', fields } : undefined;
}
