// "Why here" from the response itself: what the body says (body/parse-body.ts) and how long the
// answer took (timing.ts), beside what the headers say (hints.ts). The producer an error page
// names feeds the same verdict as the headers' one: it fills in when the headers name nobody,
// confirms them, or disagrees (then both are said). Plain data: words in body-text.<lang>.ts.
import type { TabRecord } from '../core/types';
import type { BodyEvidence, BodyProducer } from '../body/types';
import type { Hint, HintParams, Producer, ProducerId, Severity } from './types';
import { detectProducer, layers } from './producer';
import { ownerChecks } from './owner-checks';
import { PRODUCER_RULES } from './producer-rules';
import { guessTimeout, type Timing } from './timing';

export type BodyHintId =
  | 'body-message'
  | 'body-graphql-200'
  | 'body-producer-only'
  | 'body-producer-agrees'
  | 'body-producer-disagrees'
  | 'body-debug-public'
  | 'body-none'
  | 'timing'
  | 'timing-timeout';

export interface BodyHint {
  id: BodyHintId;
  severity: Severity;
  params: HintParams;
}

/** Why there is no body to read. */
export type NoBodyReason = 'opaque' | 'before-devtools' | 'too-large' | 'empty' | 'unavailable' | 'network-failure';

export interface ResponseEvidence {
  /** What the body says; undefined when no body was read (see noBody). */
  body?: BodyEvidence;
  noBody?: NoBodyReason;
  timing?: Timing;
}

/** GraphQL errors in a 200: a failure no status shows. */
export function isGraphql200(record: Pick<TabRecord, 'status'>, body: BodyEvidence | undefined): boolean {
  return record.status >= 200 && record.status < 300 && body?.message?.format === 'graphql';
}

/** A body producer as the header diagnosis's Producer, so owner checks apply to it. */
export function asProducer(p: BodyProducer): Producer {
  const rule = PRODUCER_RULES.find((r) => r.id === p.id);
  const out: Producer = { id: p.id, name: rule?.name ?? p.name, role: rule?.role ?? 'web-server', details: { ...p.details } };
  if (p.version) out.version = p.version;
  return out;
}

function summary(fields: readonly [string, string][]): string {
  return fields.map(([k, v]) => `${k}: ${v}`).join(' · ');
}

function producerParams(p: BodyProducer): HintParams {
  const params: HintParams = { name: p.name, evidence: p.evidence, ...p.details };
  if (p.version) params.version = p.version;
  return params;
}

export interface BodyDiagnosis {
  hints: BodyHint[];
  /** Owner checks for a producer only the body names (ids of the header diagnosis, its words). */
  ownerChecks: Hint[];
}

export function bodyDiagnosis(record: TabRecord, evidence: ResponseEvidence): BodyDiagnosis {
  const hints: BodyHint[] = [];
  const checks: Hint[] = [];
  const body = evidence.body;
  const headers = Array.isArray(record.headers) ? record.headers : [];

  if (body?.message) {
    const m = body.message;
    if (isGraphql200(record, body)) {
      hints.push({ id: 'body-graphql-200', severity: 'warn', params: { count: m.count ?? 1, status: record.status, summary: summary(m.fields) } });
    } else {
      hints.push({ id: 'body-message', severity: 'info', params: { format: m.format, summary: summary(m.fields), count: m.count ?? 0 } });
    }
  }

  const bp = body?.producer;
  if (bp) {
    const fromHeaders = detectProducer(headers, record.status);
    const seen: ProducerId[] = layers(headers, record.status).map((p) => p.id);
    const params = producerParams(bp);
    if (!fromHeaders) {
      hints.push({ id: 'body-producer-only', severity: 'info', params });
      const producer = asProducer(bp);
      for (const check of ownerChecks(producer, record.status)) {
        checks.push({ id: 'owner-check', severity: 'info', params: { check, producer: producer.name } });
      }
    } else if (seen.includes(bp.id) || (bp.id === 'nginx' && seen.includes('openresty'))) {
      hints.push({ id: 'body-producer-agrees', severity: 'info', params });
    } else {
      hints.push({ id: 'body-producer-disagrees', severity: 'warn', params: { ...params, header: fromHeaders.name } });
    }
  }

  if (body?.debug) {
    hints.push({ id: 'body-debug-public', severity: 'warn', params: { kind: body.debug.kind, evidence: body.debug.evidence } });
  }

  if (!body && evidence.noBody && evidence.noBody !== 'network-failure') {
    hints.push({ id: 'body-none', severity: 'info', params: { reason: evidence.noBody } });
  }

  const t = evidence.timing;
  if (t && Number.isFinite(t.totalMs) && t.totalMs >= 0) {
    const params: HintParams = { totalMs: Math.round(t.totalMs) };
    if (t.waitMs !== undefined && t.waitMs >= 0) params.waitMs = Math.round(t.waitMs);
    hints.push({ id: 'timing', severity: 'info', params });
    const names: ProducerId[] = [...layers(headers, record.status).map((p) => p.id), ...(bp ? [bp.id] : [])];
    const guess = guessTimeout(record.status, t, names);
    if (guess) {
      hints.push({
        id: 'timing-timeout',
        severity: 'info',
        params: {
          seconds: guess.seconds,
          timeouts: guess.candidates.map((c) => c.id).join(','),
          defaults: guess.candidates.map((c) => c.defaultSeconds).join(','),
          isDefault: guess.candidates.length > 0 && guess.candidates.every((c) => c.isDefault),
          named: guess.candidates.some((c) => c.named),
          status: record.status,
        },
      });
    }
  }
  return { hints, ownerChecks: checks };
}
