// GraphQL over HTTP: a response with an "errors" list (spec section 7.1.2). A server may send it
// with status 200, so no status shows the failure: only the body does.
import type { BodyMessage } from './types';
import { isObject, scalar } from './json-value';
import { MAX_ITEMS, quoteText } from './limits';

/**
 * `graphqlRequest`: the request was GraphQL (see isGraphqlRequest). Otherwise the body must show
 * it: a "data" member, or errors with GraphQL's locations, path or extensions.
 */
export function parseGraphqlErrors(value: unknown, graphqlRequest = false): BodyMessage | undefined {
  if (!isObject(value) || !Array.isArray(value.errors) || value.errors.length === 0) return undefined;
  // Every GraphQL error is an object with a message; a list of strings is another API's shape.
  const errors = value.errors.filter(isObject);
  if (errors.length !== value.errors.length || !errors.every((e) => typeof e.message === 'string')) return undefined;
  const shaped = 'data' in value || errors.some((e) => 'locations' in e || 'path' in e || 'extensions' in e);
  if (!graphqlRequest && !shaped) return undefined;
  const fields: [string, string][] = [];
  for (const e of errors.slice(0, MAX_ITEMS)) {
    const path = Array.isArray(e.path) ? e.path.slice(0, 10).map(String).join('.') : '';
    const code = isObject(e.extensions) ? scalar(e.extensions, 'code') ?? scalar(e.extensions, 'classification') : undefined;
    fields.push(['message', quoteText(e.message)]);
    if (path) fields.push(['path', quoteText(path)]);
    if (code) fields.push(['code', quoteText(code)]);
  }
  return { format: 'graphql', fields, count: value.errors.length };
}

/** The request looks like GraphQL: a URL ending in /graphql (or gql), or a JSON body with "query". */
export function isGraphqlRequest(url: string, requestBody?: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  if (/\/(?:graphql|gql)\/?$/i.test(path)) return true;
  return typeof requestBody === 'string' && /^\s*[[{]\s*"(?:query|operationName|extensions)"\s*:/.test(requestBody.slice(0, 200));
}
