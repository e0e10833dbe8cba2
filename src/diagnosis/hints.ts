// diagnose(): every hint the evidence in one record supports, in display order. A hint appears
// only when the header (or error name) behind it is present; nothing is inferred from absence
// except where the text says "may".
import type { HeaderPair, TabRecord } from '../core/types';
import type { Hint, HintParams, Producer } from './types';
import { clip, headerFirst, headerValues } from './header-lookup';
import { explainFailure } from './explain-failure';
import { detectInternalRedirect } from './hsts';
import { detectProducer, edgeOrOrigin, layers } from './producer';
import { cacheEvidence } from './cache-evidence';
import { parseRetryAfter } from './retry-after';
import { parseChallenges, type AuthChallenge } from './www-authenticate';
import { parseAllow } from './allow';
import { classifyLocation } from './location';
import { unsatisfiedRangeLength } from './content-range';
import { parseUpgrade } from './upgrade';
import { acceptedByServer, negotiatedOn, problemDetailsFormat } from './media-negotiation';
import { ownerChecks } from './owner-checks';
import { displayName } from './gateway-verdict';

/** Challenges shown per record; a header listing dozens is noise, not diagnosis. */
const MAX_CHALLENGES = 5;

export function diagnose(record: TabRecord, now: number): Hint[] {
  const h = Array.isArray(record.headers) ? record.headers : [];
  const r: TabRecord = { ...record, headers: h };
  const hints: Hint[] = [...explainFailure(r)];

  const internal = detectInternalRedirect(r);
  if (internal) {
    // The browser made this response up: its headers say nothing about the server.
    const url = r.redirectTo ?? headerFirst(h, 'location') ?? '';
    hints.push(internal.hsts
      ? { id: 'hsts-internal', severity: 'info', params: { url } }
      : { id: 'browser-internal-redirect', severity: 'info', params: { reason: internal.reason, url } });
    return hints;
  }

  if (r.fromCache) hints.push({ id: 'from-cache', severity: 'info', params: {} });

  const producer = detectProducer(h, r.status);
  if (producer) hints.push({ id: 'producer', severity: 'info', params: producerParams(producer) });
  else if (r.status >= 400 && !r.error) hints.push({ id: 'producer-unknown', severity: 'info', params: { noHeaders: h.length === 0 } });
  const all = layers(h, r.status);
  if (all.length > 1) hints.push({ id: 'layers', severity: 'info', params: { names: all.map((p) => p.name).join(', '), count: all.length } });

  let maker = producer;
  if (r.status > 0) {
    const v = edgeOrOrigin(r);
    if (v.source !== 'unknown') {
      const server = headerFirst(h, 'server');
      const application = v.application ? `${v.application.name}${v.application.version ? ` ${v.application.version}` : ''}` : '';
      hints.push({
        id: v.source === 'edge' ? 'edge-generated' : 'origin-generated',
        severity: 'info',
        params: {
          reason: v.reason, producer: v.producer?.name ?? '', status: r.status, server: server ? clip(server, 80) : '',
          evidence: v.evidence ?? '', application,
        },
      });
      // Checks follow whoever wrote the response: PHP's log for a PHP error nginx passed on.
      if (v.reason === 'gateway-passed-on') maker = v.application;
    }
  }
  const squid = squidError(h);
  if (squid) hints.push({ id: 'squid-error', severity: 'info', params: squid });

  if (r.status >= 400) {
    const cached = cacheEvidence(h);
    if (cached) hints.push({ id: 'cached-error', severity: 'info', params: { header: cached.header, value: clip(cached.value) } });
  }
  const mitigated = headerFirst(h, 'cf-mitigated');
  if (mitigated) hints.push({ id: 'cf-mitigated', severity: 'info', params: { value: clip(mitigated) } });
  const waf = headerFirst(h, 'x-amzn-waf-action');
  if (waf) hints.push({ id: 'waf-action', severity: 'info', params: { action: clip(waf) } });
  for (const [header, vendor] of [['x-vercel-error', 'Vercel'], ['x-amzn-errortype', 'AWS']] as const) {
    const code = headerFirst(h, header);
    if (code) hints.push({ id: 'vendor-error-code', severity: 'info', params: { vendor, code: clip(code) } });
  }

  hints.push(...headerHints(r, now));

  for (const check of ownerChecks(maker, r.status)) {
    hints.push({ id: 'owner-check', severity: 'info', params: { check, producer: maker?.name ?? '' } });
  }
  return hints;
}

function headerHints(r: TabRecord, now: number): Hint[] {
  const h = r.headers;
  const out: Hint[] = [];

  const retry = headerFirst(h, 'retry-after');
  if (retry !== undefined) {
    const ra = parseRetryAfter(retry, now);
    out.push(ra.kind === 'invalid'
      ? { id: 'retry-after-invalid', severity: 'warn', params: { raw: clip(ra.raw) } }
      : { id: 'retry-after', severity: 'info', params: { kind: ra.kind, seconds: ra.seconds, at: ra.at } });
  }

  const www = headerValues(h, 'www-authenticate');
  if (www.length > 0) {
    for (const c of parseChallenges(www).slice(0, MAX_CHALLENGES)) {
      out.push({ id: 'auth-challenge', severity: c.error ? 'warn' : 'info', params: challengeParams(c) });
    }
  }
  const proxy = headerValues(h, 'proxy-authenticate');
  if (proxy.length > 0) {
    for (const c of parseChallenges(proxy).slice(0, MAX_CHALLENGES)) {
      out.push({ id: 'proxy-auth', severity: 'info', params: challengeParams(c) });
    }
  }

  const allow = headerValues(h, 'allow');
  if (allow.length > 0) {
    const a = parseAllow(allow.join(','), r.method);
    out.push({ id: 'allow', severity: 'info', params: { allowed: a.allowed.join(', '), count: a.allowed.length, method: r.method, methodAllowed: a.methodAllowed } });
  }

  if ((r.status >= 300 && r.status <= 399 && r.status !== 304) || r.status === 201) {
    const loc = headerFirst(h, 'location') ?? r.redirectTo;
    if (loc !== undefined) out.push(...locationHints(r, loc));
  }

  if (r.status === 416) {
    const range = headerFirst(h, 'content-range');
    const length = range === undefined ? undefined : unsatisfiedRangeLength(range);
    if (length !== undefined) out.push({ id: 'content-range', severity: 'info', params: { length } });
  }
  if (r.status === 426) {
    const up = headerFirst(h, 'upgrade');
    const protocols = up === undefined ? [] : parseUpgrade(up);
    if (protocols.length > 0) out.push({ id: 'upgrade', severity: 'info', params: { protocols: clip(protocols.join(', ')) } });
  }
  if (r.status === 415) {
    const acc = acceptedByServer(h);
    if (acc) out.push({ id: 'accepted-types', severity: 'info', params: { header: acc.header, values: clip(acc.values.join(', ')) } });
  }
  if (r.status === 406) {
    const vary = negotiatedOn(h);
    if (vary) out.push({ id: 'negotiation-vary', severity: 'info', params: { headers: clip(vary.join(', ')) } });
  }
  if (r.status >= 400) {
    const format = problemDetailsFormat(h);
    if (format) out.push({ id: 'problem-details', severity: 'info', params: { format } });
  }
  return out;
}

function locationHints(r: TabRecord, location: string): Hint[] {
  const c = classifyLocation(r.url, location);
  if (c.url === undefined) return [{ id: 'location-invalid', severity: 'warn', params: { raw: clip(location) } }];
  const f = (flag: (typeof c.flags)[number]) => c.flags.includes(flag);
  const out: Hint[] = [{
    id: 'location',
    severity: 'info',
    params: { url: clip(c.url, 2048), status: r.status, relative: f('relative'), httpsUpgrade: f('https-upgrade'), crossHost: f('cross-host') },
  }];
  if (f('same-url')) out.push({ id: 'location-loop', severity: 'warn', params: { url: clip(c.url, 2048) } });
  if (f('https-downgrade')) out.push({ id: 'location-downgrade', severity: 'warn', params: { from: clip(r.url, 2048), to: clip(c.url, 2048) } });
  if (f('unsafe-scheme')) out.push({ id: 'location-unsafe-scheme', severity: 'warn', params: { url: clip(c.url), scheme: c.url.slice(0, c.url.indexOf(':')) } });
  return out;
}

function producerParams(p: Producer): HintParams {
  const params: HintParams = { ...p.details, id: p.id, name: p.name, role: p.role };
  if (p.version !== undefined) params.version = p.version;
  if (p.likely) {
    params.likely = true;
    params.shape = p.evidence?.shape ?? '';
  } else if (p.evidence?.header) {
    params.evidenceHeader = displayName(p.evidence.header);
    params.evidenceValue = p.evidence.value ?? '';
  }
  return params;
}

/** X-Squid-Error: "ERR_READ_TIMEOUT 0" is Squid's error page name and the system errno. */
function squidError(h: readonly HeaderPair[]): HintParams | undefined {
  const m = /^(ERR_[A-Z_]{1,40})(?:\s+(\d{1,5}))?/.exec(headerFirst(h, 'x-squid-error') ?? '');
  return m ? { code: m[1], errno: Number(m[2] ?? 0) } : undefined;
}

function challengeParams(c: AuthChallenge): HintParams {
  const params: HintParams = { scheme: clip(c.scheme, 60), token68: c.token68 !== undefined };
  if (c.realm !== undefined) params.realm = clip(c.realm);
  if (c.error !== undefined) params.error = clip(c.error);
  if (c.errorDescription !== undefined) params.errorDescription = clip(c.errorDescription);
  if (c.scope !== undefined) params.scope = clip(c.scope);
  return params;
}
