// RFC 9457 (formerly 7807) problem details in JSON: type, title, status, detail, instance.
import type { BodyMessage } from './types';
import { isObject, scalar } from './json-value';
import { quoteText } from './limits';

export const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance'] as const;

/**
 * A problem document: application/problem+json, or plain JSON carrying title/type and status or
 * detail (many servers send problem documents as application/json).
 */
export function parseProblemJson(value: unknown, declared: boolean): BodyMessage | undefined {
  if (!isObject(value)) return undefined;
  const fields = PROBLEM_MEMBERS.flatMap((k) => {
    const v = scalar(value, k);
    return v === undefined || v === '' ? [] : [[k, quoteText(v)] as [string, string]];
  });
  const has = (k: string) => fields.some(([n]) => n === k);
  // Without the media type, demand the shape: a title or type with a status or detail.
  if (!declared && !((has('title') || has('type')) && (has('status') || has('detail')))) return undefined;
  if (fields.length === 0) return undefined;
  return { format: 'problem-json', fields };
}
