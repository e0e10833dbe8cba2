import { describe, expect, it } from 'vitest';
import { parseBody } from './parse-body';
import { documented } from './fixtures.test-helper';
import { isGraphqlRequest } from './graphql';

const fields = (text: string, contentType = 'application/json') => parseBody({ text, contentType }).message;

describe('JSON error shapes', () => {
  it('reads an RFC 9457 problem document (documented example)', () => {
    const m = fields(documented('problem.json'), 'application/problem+json');
    expect(m?.format).toBe('problem-json');
    expect(m?.fields).toEqual([
      ['type', 'https://example.com/probs/out-of-credit'],
      ['title', 'You do not have enough credit.'],
      ['status', '403'],
      ['detail', 'Your current balance is 30, but that costs 50.'],
      ['instance', '/account/12345/msgs/abc'],
    ]);
  });

  it('takes a problem document sent as application/json only when it has the shape', () => {
    expect(fields('{"title":"Out of stock","status":409}')?.format).toBe('problem-json');
    expect(fields('{"title":"A blog post"}')?.format).not.toBe('problem-json');
  });

  it('reads an OAuth 2 token error (RFC 6749 5.2)', () => {
    const m = fields(documented('oauth-invalid-grant.json'));
    expect(m?.format).toBe('oauth');
    expect(m?.fields[0]).toEqual(['error', 'invalid_grant']);
    expect(m?.fields[1]).toEqual(['error_description', 'The provided authorization grant is invalid, expired or revoked.']);
  });

  it('does not call any {"error": "..."} an OAuth error', () => {
    expect(fields('{"error":"database unavailable"}')).toEqual({ format: 'json-error', fields: [['error', 'database unavailable']] });
  });

  it('reads GraphQL errors with their path and code', () => {
    const m = fields(documented('graphql-errors.json'));
    expect(m?.format).toBe('graphql');
    expect(m?.count).toBe(1);
    expect(m?.fields).toEqual([
      ['message', 'Name for character with ID 1002 could not be fetched.'],
      ['path', 'hero.heroFriends.1.name'],
      ['code', 'INTERNAL_SERVER_ERROR'],
    ]);
  });

  it('counts every GraphQL error but quotes at most five', () => {
    const errors = Array.from({ length: 12 }, (_, i) => ({ message: `e${i}` }));
    const m = fields(JSON.stringify({ data: null, errors }));
    expect(m?.count).toBe(12);
    expect(m?.fields.filter(([k]) => k === 'message')).toHaveLength(5);
  });

  it('reads a Google API error with its ErrorInfo reason', () => {
    const m = fields(documented('google-api-error.json'));
    expect(m?.format).toBe('google-json');
    expect(Object.fromEntries(m!.fields)).toMatchObject({ code: '403', status: 'PERMISSION_DENIED', reason: 'API_KEY_SERVICE_BLOCKED', domain: 'googleapis.com' });
  });

  it('reads the common shapes: error object, message, code, errors[]', () => {
    expect(fields('{"error":{"message":"card declined","code":"card_declined","type":"card_error"}}')?.fields)
      .toEqual([['error.message', 'card declined'], ['error.code', 'card_declined']]);
    expect(fields('{"message":"Validation failed","errors":[{"field":"email","message":"is invalid"},"name is missing"]}')?.fields)
      .toEqual([['message', 'Validation failed'], ['errors[]', 'email: is invalid'], ['errors[]', 'name is missing']]);
    expect(fields('{"code":42,"msg":"quota"}')?.fields).toEqual([['msg', 'quota'], ['code', '42']]);
  });

  it('says nothing about JSON without an error shape', () => {
    expect(fields('{"items":[1,2,3]}')).toBeUndefined();
    expect(fields('[1,2]')).toBeUndefined();
    expect(fields('{"truncated": ')).toBeUndefined();
  });

  it('finds a stack trace inside a JSON error', () => {
    const body = JSON.stringify({ error: { message: 'boom', stack: 'Error: boom\n    at loadOrders (/srv/app/orders.js:12:11)\n    at next (/srv/app/node_modules/express/lib/router/route.js:149:13)' } });
    expect(parseBody({ text: body, contentType: 'application/json' }).debug?.kind).toBe('node');
  });

  it('recognises a GraphQL request by URL or body', () => {
    expect(isGraphqlRequest('https://api.example.com/graphql?x=1')).toBe(true);
    expect(isGraphqlRequest('https://api.example.com/v1/orders', '{"query":"{ hero { name } }"}')).toBe(true);
    expect(isGraphqlRequest('https://api.example.com/v1/orders', '{"name":"x"}')).toBe(false);
  });
});

describe('XML errors', () => {
  it('reads an RFC 9457 problem+xml document (documented example)', () => {
    const m = fields(documented('problem.xml'), 'application/problem+xml');
    expect(m?.format).toBe('problem-xml');
    expect(Object.fromEntries(m!.fields)).toMatchObject({ title: 'You do not have enough credit.', status: '403' });
  });

  it('reads an S3 error (documented format)', () => {
    const m = fields(documented('aws-s3-access-denied.xml'), 'application/xml');
    expect(m?.format).toBe('aws-xml');
    expect(Object.fromEntries(m!.fields)).toMatchObject({ Code: 'AccessDenied', Message: 'Access Denied', RequestId: '4442587FB7D0A2F9' });
  });

  it('reads an AWS Query API error, its RequestId outside <Error> (documented format)', () => {
    const m = fields(documented('aws-query-error.xml'), 'text/xml');
    expect(Object.fromEntries(m!.fields)).toMatchObject({ Code: 'InvalidParameterValue', Type: 'Sender', RequestId: '42d59b56-7407-4c4a-be0f-4c88daeea257' });
  });
});
