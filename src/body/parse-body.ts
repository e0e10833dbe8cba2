// One entry point: what a response body says about its failure. Chooses the parsers by the
// declared Content-Type and by what the text looks like (servers often mislabel errors), reads at
// most 64 KB, and never throws.
import type { BodyEvidence, BodyMessage } from './types';
import { capText } from './limits';
import { isObject, parseJson } from './json-value';
import { parseProblemJson } from './problem-json';
import { parseProblemXml } from './problem-xml';
import { parseOAuthError } from './oauth';
import { parseGraphqlErrors } from './graphql';
import { parseGoogleError } from './google-json';
import { parseJsonError } from './json-error';
import { parseAwsXml } from './aws-xml';
import { looksLikeHtml, parseHtmlPage } from './html-page';
import { htmlProducer } from './html-producers';
import { detectDebugOutput } from './debug-output';

export interface BodyInput {
  text: string;
  /** The response's Content-Type ("" when unknown). */
  contentType: string;
  /** The request was GraphQL (graphql.ts isGraphqlRequest): an "errors" list is GraphQL's. */
  graphqlRequest?: boolean;
}

function jsonMessage(value: unknown, type: string, graphqlRequest: boolean): BodyMessage | undefined {
  const problem = type.includes('problem+json');
  // Most specific shapes first: an OAuth error is also "an object with error".
  return parseProblemJson(value, problem)
    ?? parseGraphqlErrors(value, graphqlRequest)
    ?? parseOAuthError(value)
    ?? parseGoogleError(value)
    ?? parseJsonError(value);
}

const TRACE_KEYS = ['stack', 'stackTrace', 'stacktrace', 'trace', 'traceback', 'exception', 'backtrace'];

/** The first trace-like string member, at the top level or inside "error" (joined when a list). */
function traceField(value: unknown): string | undefined {
  for (const o of [value, isObject(value) ? value.error : undefined]) {
    if (!isObject(o)) continue;
    for (const k of TRACE_KEYS) {
      const v = o[k];
      if (typeof v === 'string') return v;
      if (Array.isArray(v)) return v.slice(0, 50).filter((x) => typeof x === 'string').join('\n');
    }
  }
  return undefined;
}

export function parseBody(input: BodyInput): BodyEvidence {
  try {
    const { text } = capText(input.text);
    const type = (typeof input.contentType === 'string' ? input.contentType : '').toLowerCase();
    const trimmed = text.trimStart();
    const out: BodyEvidence = {};
    if (trimmed === '') return out;

    const json = parseJson(trimmed);
    if (json !== undefined) {
      const message = jsonMessage(json, type, input.graphqlRequest === true);
      if (message) out.message = message;
      // A JSON error may carry its stack trace as a string ("stack", "trace", "exception"…).
      const trace = traceField(json);
      const debug = trace === undefined ? undefined : detectDebugOutput(trace, trace.toLowerCase());
      if (debug) out.debug = debug;
      return out;
    }
    if (type.includes('xml') || trimmed.startsWith('<?xml') || trimmed.startsWith('<Error')) {
      const message = parseProblemXml(trimmed, type.includes('problem+xml')) ?? parseAwsXml(trimmed);
      if (message) {
        out.message = message;
        return out;
      }
    }
    const lower = trimmed.toLowerCase();
    if (looksLikeHtml(lower)) {
      const message = parseHtmlPage(trimmed, lower);
      if (message) out.message = message;
      const producer = htmlProducer(trimmed, lower);
      if (producer) out.producer = producer;
    }
    const debug = detectDebugOutput(trimmed, lower);
    if (debug) out.debug = debug;
    return out;
  } catch {
    // A parser bug must not cost the panel its list: no evidence rather than an exception.
    return {};
  }
}
