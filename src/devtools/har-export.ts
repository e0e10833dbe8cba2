// "Save as HAR": the listed failures as a valid HAR 1.2 log, redacted like the report — cookies,
// Authorization and every secret-looking header, query parameter, form field and body member.
// Pure: the panel turns the result into a file.
import { REDACTED, redactHeaderValue, redactUrl } from '../diagnosis/redact';
import { redactBody } from '../diagnosis/redact-body';
import { isSecretName, looksLikeSecretToken } from '../diagnosis/secret-names';
import type { Capture } from './capture';
import type { HarEntry, HarNameValue } from './har-types';

export interface HarLog {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    pages: never[];
    entries: HarEntry[];
    comment: string;
  };
}

const num = (v: unknown, fallback = -1): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

function headers(list: readonly HarNameValue[] | undefined): HarNameValue[] {
  return (list ?? []).filter((h) => typeof h?.name === 'string').map((h) => ({ name: h.name, value: redactHeaderValue(h.name, str(h.value)) }));
}

function pairs(list: readonly HarNameValue[] | undefined): HarNameValue[] {
  return (list ?? []).filter((p) => typeof p?.name === 'string').map((p) => {
    const value = str(p.value);
    return { name: p.name, value: value !== '' && (isSecretName(p.name) || looksLikeSecretToken(value)) ? REDACTED : redactUrl(value) };
  });
}

/** Every cookie value is a secret as far as a shared file goes. */
function cookies(list: readonly HarNameValue[] | undefined): HarNameValue[] {
  return (list ?? []).filter((c) => typeof c?.name === 'string').map((c) => ({ name: c.name, value: REDACTED }));
}

function entryOf(c: Capture): HarEntry {
  const { request: rq, response: rs } = c.entry;
  const postData = rq.postData
    ? {
      mimeType: str(rq.postData.mimeType),
      text: redactBody(str(rq.postData.text)),
      ...(rq.postData.params ? { params: pairs(rq.postData.params) } : {}),
    }
    : undefined;
  const bodyText = c.body ? redactBody(c.body.text) : undefined;
  const timings = c.entry.timings ?? {};
  const entry: HarEntry = {
    startedDateTime: str(c.entry.startedDateTime, new Date(c.record.time).toISOString()),
    time: num(c.entry.time, 0),
    request: {
      method: str(rq.method, 'GET'),
      url: redactUrl(str(rq.url)),
      httpVersion: str(rq.httpVersion, 'HTTP/1.1'),
      cookies: cookies(rq.cookies),
      headers: headers(rq.headers),
      queryString: pairs(rq.queryString),
      headersSize: num(rq.headersSize),
      bodySize: num(rq.bodySize),
      ...(postData ? { postData } : {}),
    },
    response: {
      status: num(rs.status, 0),
      statusText: str(rs.statusText),
      httpVersion: str(rs.httpVersion, 'HTTP/1.1'),
      cookies: cookies(rs.cookies),
      headers: headers(rs.headers),
      content: {
        size: num(rs.content?.size, bodyText?.length ?? 0),
        mimeType: str(rs.content?.mimeType, c.contentType || 'x-unknown'),
        ...(bodyText !== undefined ? { text: bodyText } : {}),
        ...(c.body?.truncated || bodyText !== undefined ? { comment: 'Status Lens: the first 64 KB at most, secrets redacted' } : {}),
      },
      redirectURL: redactUrl(str(rs.redirectURL)),
      headersSize: num(rs.headersSize),
      bodySize: num(rs.bodySize),
      ...(c.record.error ? { _error: c.record.error } : {}),
    },
    cache: {},
    timings: {
      blocked: num(timings.blocked), dns: num(timings.dns), connect: num(timings.connect), ssl: num(timings.ssl),
      send: num(timings.send, 0), wait: num(timings.wait, 0), receive: num(timings.receive, 0),
    },
  };
  if (c.record.ip) entry.serverIPAddress = c.record.ip;
  return entry;
}

export function harLog(captures: readonly Capture[], version: string): HarLog {
  return {
    log: {
      version: '1.2',
      creator: { name: 'Status Lens', version },
      pages: [],
      entries: captures.map(entryOf),
      comment: 'Failures listed by Status Lens. Cookies, Authorization and secret-looking values are replaced by REDACTED (best effort: check before sharing).',
    },
  };
}
