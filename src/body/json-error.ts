// The common JSON error shapes APIs use when they follow no standard: "error" (a string or an
// object with its own message/code), "message", "code", "errors" (strings or objects).
import type { BodyMessage } from './types';
import { isObject, scalar, type JsonObject } from './json-value';
import { MAX_ITEMS, quoteText } from './limits';

const MESSAGE_KEYS = ['message', 'error_message', 'errorMessage', 'msg', 'detail', 'description', 'reason'];
const CODE_KEYS = ['code', 'error_code', 'errorCode', 'type', 'status'];

function first(o: JsonObject, keys: readonly string[]): [string, string] | undefined {
  for (const k of keys) {
    const v = scalar(o, k);
    if (v !== undefined && v !== '') return [k, quoteText(v)];
  }
  return undefined;
}

export function parseJsonError(value: unknown): BodyMessage | undefined {
  if (!isObject(value)) return undefined;
  const fields: [string, string][] = [];
  const err = value.error;
  if (typeof err === 'string' && err !== '') fields.push(['error', quoteText(err)]);
  else if (isObject(err)) {
    const m = first(err, MESSAGE_KEYS);
    const c = first(err, CODE_KEYS);
    if (m) fields.push([`error.${m[0]}`, m[1]]);
    if (c) fields.push([`error.${c[0]}`, c[1]]);
  }
  const m = first(value, MESSAGE_KEYS);
  if (m) fields.push(m);
  const c = first(value, CODE_KEYS.filter((k) => k !== 'type'));
  if (c) fields.push(c);
  if (Array.isArray(value.errors)) {
    for (const e of value.errors.slice(0, MAX_ITEMS)) {
      if (typeof e === 'string') fields.push(['errors[]', quoteText(e)]);
      else if (isObject(e)) {
        const em = first(e, MESSAGE_KEYS) ?? first(e, ['title']);
        const field = scalar(e, 'field') ?? scalar(e, 'param') ?? scalar(e, 'pointer') ?? (isObject(e.source) ? scalar(e.source, 'pointer') : undefined);
        if (em) fields.push(['errors[]', quoteText(field ? `${field}: ${em[1]}` : em[1])]);
      }
    }
  }
  return fields.length ? { format: 'json-error', fields } : undefined;
}
