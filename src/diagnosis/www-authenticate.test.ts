import { describe, expect, it } from 'vitest';
import { parseChallenges } from './www-authenticate';

describe('parseChallenges', () => {
  it('reads a Basic challenge', () => {
    expect(parseChallenges('Basic realm="Staging", charset="UTF-8"')).toEqual([
      { scheme: 'Basic', params: [['realm', 'Staging'], ['charset', 'UTF-8']], realm: 'Staging' },
    ]);
  });
  it('reads the Bearer error fields (RFC 6750)', () => {
    const [c] = parseChallenges('Bearer realm="api", error="invalid_token", error_description="The access token expired", scope="read write"');
    expect(c).toMatchObject({ scheme: 'Bearer', realm: 'api', error: 'invalid_token', errorDescription: 'The access token expired', scope: 'read write' });
  });
  it('splits several challenges in one value (the RFC 9110 example)', () => {
    const cs = parseChallenges('Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"');
    expect(cs.map((c) => c.scheme)).toEqual(['Newauth', 'Basic']);
    expect(cs[0].params).toEqual([['realm', 'apps'], ['type', '1'], ['title', 'Login to "apps"']]);
    expect(cs[1].realm).toBe('simple');
  });
  it('reads token68 and bare schemes', () => {
    expect(parseChallenges('Negotiate, NTLM')).toEqual([{ scheme: 'Negotiate', params: [] }, { scheme: 'NTLM', params: [] }]);
    expect(parseChallenges('Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXag==')).toEqual([{ scheme: 'Negotiate', params: [], token68: 'YIIBhgYGKwYBBQUCoIIBejCCAXag==' }]);
    expect(parseChallenges('Negotiate abc==, Basic realm="x"').map((c) => c.scheme)).toEqual(['Negotiate', 'Basic']);
  });
  it('accepts several header values and spaces around "="', () => {
    const cs = parseChallenges(['Bearer realm = "a"', 'Basic realm=b']);
    expect(cs.map((c) => [c.scheme, c.realm])).toEqual([['Bearer', 'a'], ['Basic', 'b']]);
  });
  it('lower-cases parameter names, keeps the first duplicate', () => {
    expect(parseChallenges('Digest REALM="one", realm="two"')[0].realm).toBe('one');
  });
  it('tolerates odd quoting without throwing', () => {
    expect(parseChallenges('Bearer realm="unterminated')[0].realm).toBe('unterminated');
    expect(parseChallenges("Basic realm='single quoted'")[0].realm).toBe("'single");
    expect(parseChallenges('Bearer realm="a"junk", error="invalid_token"')[0]).toMatchObject({ realm: 'a', error: 'invalid_token' });
    expect(parseChallenges('Bearer realm="a" error="b"')[0]).toMatchObject({ realm: 'a', error: 'b' });
    expect(parseChallenges('Bearer realm="trailing backslash\\')[0].realm).toBe('trailing backslash\\');
    expect(parseChallenges('"quoted-scheme", Basic realm=x').map((c) => c.scheme)).toEqual(['Basic']);
    expect(parseChallenges('Basic"x", Bearer').map((c) => c.scheme)).toEqual(['Basic', 'Bearer']);
    for (const odd of ['', ',,,', '=', '"', '===', 'Basic realm=', 'Basic =x', '\\', ' , Bearer , ']) {
      expect(() => parseChallenges(odd)).not.toThrow();
    }
  });
  it('returns hostile realms unchanged, as data', () => {
    const realm = '<img src=x onerror=alert(1)> \u202Eevil\u2066';
    expect(parseChallenges(`Basic realm="${realm}"`)[0].realm).toBe(realm);
  });
  it('copes with a 100 KB value', () => {
    const big = `Bearer realm="${'r'.repeat(100_000)}", error="invalid_token"`;
    const [c] = parseChallenges(big);
    expect(c.realm?.length).toBe(100_000);
    expect(c.error).toBe('invalid_token');
    expect(parseChallenges('a=b,'.repeat(25_000)).length).toBe(1);
  });
});
