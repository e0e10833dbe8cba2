// RFC 6749 section 5.2: a token endpoint's error, {"error": "invalid_grant", "error_description": …}.
import type { BodyMessage } from './types';
import { isObject, scalar } from './json-value';
import { quoteText } from './limits';

/** The error codes RFC 6749 (5.2, 4.1.2.1) and RFC 6750 (3.1) define, plus RFC 8628's device flow ones. */
export const OAUTH_ERRORS = new Set([
  'invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type',
  'invalid_scope', 'access_denied', 'unsupported_response_type', 'server_error', 'temporarily_unavailable',
  'invalid_token', 'insufficient_scope', 'authorization_pending', 'slow_down', 'expired_token',
]);

export function parseOAuthError(value: unknown): BodyMessage | undefined {
  if (!isObject(value)) return undefined;
  const error = scalar(value, 'error');
  if (error === undefined || !OAUTH_ERRORS.has(error)) return undefined;
  const fields: [string, string][] = [['error', error]];
  for (const k of ['error_description', 'error_uri']) {
    const v = scalar(value, k);
    if (v) fields.push([k, quoteText(v)]);
  }
  return { format: 'oauth', fields };
}
