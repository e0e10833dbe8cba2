// What a response body says about its failure, as plain data (no words: the text modules in
// src/diagnosis/body-text.<lang>.ts turn it into sentences). Every string in here came from the
// body and is clipped; the UI renders it as text, never as HTML.
import type { ProducerId } from '../diagnosis/types';

/** Which format the body's error message was read from. */
export type BodyFormat =
  | 'problem-json' // RFC 9457 application/problem+json
  | 'problem-xml' // RFC 9457 application/problem+xml
  | 'oauth' // RFC 6749 section 5.2 token error
  | 'graphql' // GraphQL "errors"
  | 'aws-xml' // AWS <Error><Code>…
  | 'google-json' // Google APIs {"error": {"code", "status", …}}
  | 'json-error' // common JSON shapes: error, message, code, errors[]
  | 'html-page'; // an HTML error page: its title and heading

/** One named field of the message, in the format's own field names (type, title, error_description, Code…). */
export type BodyField = [name: string, value: string];

export interface BodyMessage {
  format: BodyFormat;
  fields: BodyField[];
  /** GraphQL: how many errors the response lists. */
  count?: number;
}

/** A product named by its own error page. */
export interface BodyProducer {
  id: ProducerId;
  name: string;
  version?: string;
  /** The phrase or markup that names it, quoted from the body. */
  evidence: string;
  /** Identifiers worth quoting: rayId, errorCode (Squid ERR_*), substatus, hresult, xid… */
  details: Record<string, string>;
}

/** Framework debug pages and stack traces a visitor should never see. */
export type DebugKind =
  | 'django' | 'rails' | 'laravel' | 'express' | 'werkzeug' | 'aspnet' | 'php' | 'java' | 'python' | 'node' | 'ruby' | 'dotnet';

export interface DebugExposure {
  kind: DebugKind;
  /** The line or marker that shows it, quoted from the body. */
  evidence: string;
}

/** Everything read from one body. */
export interface BodyEvidence {
  message?: BodyMessage;
  producer?: BodyProducer;
  debug?: DebugExposure;
}
