// The exported HAR parses back as HAR 1.2 and no secret of the request or response survives.
import { describe, expect, it } from 'vitest';
import { bodyFrom, captureOf } from './capture';
import { harLog } from './har-export';
import type { HarEntry } from './har-types';

const SECRETS = {
  cookie: 'sess-7f3a9c2e1b0d4f6a8c2e',
  setCookie: 'rt-0a1b2c3d4e5f60718293',
  auth: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.Zm9vYmFyYmF6cXV4',
  apiKey: 'AIzaSyA1234567890abcdefghijklmnopqrstu',
  queryToken: 'qt_8d7c6b5a4f3e2d1c0b9a',
  password: 'hunter2-but-longer',
  bodyToken: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  refresh: 'rf-1029384756abcdefabcdef',
};

const entry: HarEntry = {
  startedDateTime: '2026-12-05T10:00:00.000Z',
  time: 2013.4,
  request: {
    method: 'POST',
    url: `https://api.example.com/v1/token?access_token=${SECRETS.queryToken}&lang=en`,
    httpVersion: 'HTTP/1.1',
    headers: [
      { name: 'Cookie', value: `sid=${SECRETS.cookie}; theme=dark` },
      { name: 'Authorization', value: `Bearer ${SECRETS.auth}` },
      { name: 'X-Goog-Api-Key', value: SECRETS.apiKey },
      { name: 'Accept', value: 'application/json' },
    ],
    queryString: [{ name: 'access_token', value: SECRETS.queryToken }, { name: 'lang', value: 'en' }],
    cookies: [{ name: 'sid', value: SECRETS.cookie }],
    headersSize: -1,
    bodySize: 60,
    postData: { mimeType: 'application/json', text: JSON.stringify({ username: 'ann', password: SECRETS.password }) },
  },
  response: {
    status: 400,
    statusText: 'Bad Request',
    httpVersion: 'HTTP/1.1',
    headers: [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Set-Cookie', value: `rt=${SECRETS.setCookie}; HttpOnly` },
      { name: 'Server', value: 'nginx/1.22.1' },
    ],
    cookies: [{ name: 'rt', value: SECRETS.setCookie }],
    content: { size: 120, mimeType: 'application/json' },
    redirectURL: '',
    headersSize: -1,
    bodySize: 120,
  },
  cache: {},
  timings: { blocked: 1, dns: -1, connect: -1, ssl: -1, send: 0.2, wait: 2004.1, receive: 9.1 },
  _resourceType: 'fetch',
};

const body = JSON.stringify({ error: 'invalid_grant', error_description: `refresh token ${SECRETS.refresh} expired`, refresh_token: SECRETS.refresh, debug: SECRETS.bodyToken });

/** The HAR 1.2 fields that are required, with their types (spec: softwareishard.com/blog/har-12-spec). */
function checkHar12(har: unknown): void {
  const h = har as { log: Record<string, unknown> };
  expect(h.log.version).toBe('1.2');
  expect(h.log.creator).toMatchObject({ name: expect.any(String), version: expect.any(String) });
  expect(Array.isArray(h.log.entries)).toBe(true);
  for (const e of h.log.entries as Record<string, any>[]) {
    expect(typeof e.startedDateTime).toBe('string');
    expect(Number.isNaN(Date.parse(e.startedDateTime))).toBe(false);
    expect(typeof e.time).toBe('number');
    for (const k of ['method', 'url', 'httpVersion']) expect(typeof e.request[k]).toBe('string');
    for (const k of ['cookies', 'headers', 'queryString']) expect(Array.isArray(e.request[k])).toBe(true);
    for (const k of ['headersSize', 'bodySize']) expect(typeof e.request[k]).toBe('number');
    expect(typeof e.response.status).toBe('number');
    for (const k of ['statusText', 'httpVersion', 'redirectURL']) expect(typeof e.response[k]).toBe('string');
    for (const k of ['cookies', 'headers']) expect(Array.isArray(e.response[k])).toBe(true);
    expect(typeof e.response.content.size).toBe('number');
    expect(typeof e.response.content.mimeType).toBe('string');
    expect(typeof e.cache).toBe('object');
    for (const k of ['send', 'wait', 'receive']) expect(typeof e.timings[k]).toBe('number');
  }
}

describe('harLog', () => {
  const capture = { ...captureOf(entry, 'net::ERR_FAILED'), ...bodyFrom(entry, { text: body }) };
  const failure = captureOf({ ...entry, request: { ...entry.request, method: 'GET', postData: undefined }, response: { status: 0, statusText: '', headers: [], _error: 'net::ERR_CONNECTION_REFUSED' }, timings: undefined }, 'net::ERR_FAILED');
  const text = JSON.stringify(harLog([capture, failure], '0.1.0'));
  const parsed = JSON.parse(text);

  it('is valid HAR 1.2 once parsed back', () => {
    checkHar12(parsed);
    expect(parsed.log.entries).toHaveLength(2);
  });

  it('holds no secret of the request or the response', () => {
    for (const [what, secret] of Object.entries(SECRETS)) expect(text, what).not.toContain(secret);
  });

  it('keeps what is not secret: the status, the error, the timings, the server, readable fields', () => {
    const [e, f] = parsed.log.entries;
    expect(e.response.status).toBe(400);
    expect(e.timings.wait).toBe(2004.1);
    expect(e.response.headers).toContainEqual({ name: 'Server', value: 'nginx/1.22.1' });
    expect(e.request.queryString).toContainEqual({ name: 'lang', value: 'en' });
    expect(JSON.parse(e.response.content.text)).toMatchObject({ error: 'invalid_grant' });
    expect(JSON.parse(e.request.postData.text)).toMatchObject({ username: 'ann', password: 'REDACTED' });
    expect(f.response).toMatchObject({ status: 0, _error: 'net::ERR_CONNECTION_REFUSED' });
  });
});
