// The diagnosis API in one import for the UI. Pure functions over plain data: no browser API.
export type * from './types';
export { diagnose } from './hints';
export { detectProducer, layers, edgeOrOrigin } from './producer';
export { ownerChecks } from './owner-checks';
export { explainFailure } from './explain-failure';
export { parseRetryAfter, parseHttpDate, type RetryAfter } from './retry-after';
export { parseChallenges, type AuthChallenge } from './www-authenticate';
export { parseAllow, type AllowResult } from './allow';
export { classifyLocation, type LocationFlag, type LocationHop } from './location';
export { buildRedirectChain, type ChainHop, type RedirectChain, type FinalDocument } from './redirect-chain';
export { detectInternalRedirect, type InternalRedirect } from './hsts';
export { parseContentRange, unsatisfiedRangeLength, type ContentRange } from './content-range';
export { parseUpgrade } from './upgrade';
export { parseMediaType, problemDetailsFormat, acceptedByServer, negotiatedOn } from './media-negotiation';
export { cacheEvidence, type CacheEvidence } from './cache-evidence';
export { redactUrl, redactHeaderValue, redactHeaders, redactRecord, REDACTED } from './redact';
export { reportMarkdown, curlCommand, type ReportInput } from './report';
export { text as textEn, formatHint } from './hint-text.en';
