// Google APIs' JSON errors: {"error": {"code": 403, "message": …, "status": "PERMISSION_DENIED",
// "details": [{"@type": "…/google.rpc.ErrorInfo", "reason": …, "domain": …}]}} (and the older
// "errors": [{"reason", "domain"}]).
import type { BodyMessage } from './types';
import { isObject, scalar } from './json-value';
import { quoteText } from './limits';

const CANONICAL = /^[A-Z][A-Z_]{2,40}$/;

export function parseGoogleError(value: unknown): BodyMessage | undefined {
  if (!isObject(value) || !isObject(value.error)) return undefined;
  const e = value.error;
  const code = scalar(e, 'code');
  const status = scalar(e, 'status');
  // The shape is Google's when the numeric code sits beside a canonical status name (or the
  // legacy errors[] with reason/domain).
  const legacy = Array.isArray(e.errors) && e.errors.some((x) => isObject(x) && typeof x.reason === 'string' && typeof x.domain === 'string');
  if (!(code && /^\d{3}$/.test(code) && ((status && CANONICAL.test(status)) || legacy))) return undefined;
  const fields: [string, string][] = [['code', code]];
  if (status) fields.push(['status', status]);
  const message = scalar(e, 'message');
  if (message) fields.push(['message', quoteText(message)]);
  const info = [...(Array.isArray(e.details) ? e.details : []), ...(Array.isArray(e.errors) ? e.errors : [])]
    .find((d) => isObject(d) && typeof d.reason === 'string');
  if (isObject(info)) {
    fields.push(['reason', quoteText(info.reason)]);
    if (typeof info.domain === 'string') fields.push(['domain', quoteText(info.domain)]);
  }
  return { format: 'google-json', fields };
}
