// The knowledge base's shape. Facts (language-neutral) and prose (per language) live in
// separate files so that a language can be added without touching the facts, and so the
// popup loads one entry in one language on demand:
//   data/status/<code>.json           StatusFacts   (e.g. data/status/404.json)
//   data/text/<lang>/status/<code>.json  StatusText  (e.g. data/text/en/status/404.json)
//   data/errors/<ID>.json             ErrorFacts    (e.g. data/errors/ERR_CONNECTION_REFUSED.json)
//   data/text/<lang>/errors/<ID>.json ErrorText
// src/kb/schema.test.ts validates every file against these types.

export type Lang = 'en' | 'fr' | 'id' | 'vi';

/** 'no-status' is only for code 0: the request got no HTTP response at all (what browser tools show as 0). */
export type StatusClassName = 'informational' | 'success' | 'redirection' | 'client-error' | 'server-error' | 'no-status';

/** Where the code comes from. */
export type Registry =
  | 'iana'        // in the IANA HTTP Status Code Registry
  | 'temporary'   // temporary IANA registration (104)
  | 'unused'      // registered as "(Unused)" (306, 418)
  | 'obsolete'    // registered but obsoleted (510)
  | 'vendor';     // not registered: used by a vendor (Cloudflare, nginx, AWS, ...)

/** Who is usually responsible when this status shows up. */
export type Fault =
  | 'none'        // not a problem at all (1xx, 2xx, most 3xx)
  | 'client'      // the request as sent (URL, credentials, body, rate)
  | 'server'      // the origin server or application
  | 'gateway'     // a proxy, load balancer or CDN between the browser and the origin, or the origin behind it
  | 'network'     // the network path, DNS, TLS, the local machine
  | 'browser';    // the browser itself or an extension

/** Whether repeating the same request can help. */
export type Retry = 'no' | 'yes' | 'after-wait' | 'after-change' | 'not-applicable';

export interface SpecRef {
  /** "RFC 9110, Section 15.5.5", "Cloudflare documentation", ... */
  title: string;
  /** https URL; RFC 9110 codes link to https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5 */
  url: string;
}

/** One vendor meaning of a number that several vendors use (419, 420, 451, 499, 530). */
export interface VariantFacts {
  /** Stable id within the entry, e.g. "nginx", "esri". */
  id: string;
  vendor: string;
  phrase: string;
  /** Response-header tests that select this meaning: every listed header must match (regex, case-insensitive). */
  match?: Record<string, string>;
  spec?: SpecRef;
}

export interface StatusFacts {
  code: number;
  /** Reason phrase as registered (or as the vendor uses it). */
  phrase: string;
  /** Older or popular names: "Payload Too Large", "I'm a teapot". */
  aliases?: string[];
  class: StatusClassName;
  registry: Registry;
  /** For registry "vendor": who emits it. */
  vendor?: string;
  fault: Fault;
  retry: Retry;
  /** Response headers that matter for this status (canonical case: "Retry-After"). */
  headers: string[];
  related: number[];
  spec: SpecRef;
  variants?: VariantFacts[];
  /**
   * True for the codes RFC 9110 Section 15.1 defines as heuristically cacheable (200, 203, 204, 206,
   * 300, 301, 308, 404, 405, 410, 414, 501): a cache may store and reuse such a response with a
   * freshness it guesses itself when the response carries no Cache-Control or Expires.
   */
  heuristicallyCacheable?: true;
  /**
   * "YYYY-MM-DD": when the vendor facts in this entry that change over time (limits, timeouts,
   * defaults) were last checked against the vendor's own documentation.
   */
  asOf?: string;
}

export interface StatusText {
  /** One line, shown in lists and the detail header. */
  summary: string;
  /** What the status means, in plain words. */
  meaning: string;
  /** When you typically see it and who produces it (origin, proxy, CDN, browser). */
  whenSeen: string;
  /** Steps for someone visiting the site. */
  fixVisitor: string[];
  /** Steps for the site's owner or developer (server config, application code). */
  fixOwner: string[];
  /** Optional example exchange, HTTP/1.1 message text with \n line breaks. */
  example?: string;
  /** Where browsers differ in how they handle this status (versions, protocols, limits). */
  browsers?: string;
  /** Per-variant prose, keyed by VariantFacts.id. */
  variants?: Record<string, Partial<Omit<StatusText, 'variants'>>>;
}

export type ErrorCategory =
  | 'dns' | 'connection' | 'timeout' | 'tls' | 'blocked' | 'aborted' | 'cors' | 'protocol' | 'offline' | 'other';

export interface ErrorFacts {
  /** Canonical id: the Chromium name without "net::" ("ERR_CONNECTION_REFUSED") or the Firefox name ("NS_ERROR_UNKNOWN_HOST"). */
  id: string;
  /** Every name webRequest reports for this failure, in either browser ("net::ERR_CONNECTION_REFUSED", "NS_ERROR_CONNECTION_REFUSED"). */
  names: string[];
  category: ErrorCategory;
  fault: Fault;
  retry: Retry;
  /** True when the failure is usually harmless (a navigation cancelled a request). */
  harmless?: boolean;
  related: string[];
  spec?: SpecRef;
}

export interface ErrorText {
  summary: string;
  meaning: string;
  whenSeen: string;
  fixVisitor: string[];
  fixOwner: string[];
}
