import { describe, expect, it } from 'vitest';
import { redactBody } from './redact-body';

const SECRETS = ['s3cr3t-PASSWORD', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLXZhbHVl', 'AKIAIOSFODNN7EXAMPLE', 'tok_9f8e7d6c5b4a39281706f5e4', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'];

describe('redactBody', () => {
  it('JSON: secret-named members, tokens anywhere, URLs inside strings', () => {
    const body = JSON.stringify({
      error: 'invalid_grant',
      access_token: SECRETS[3],
      user: { password: SECRETS[0], name: 'ann' },
      debug: `header was Bearer ${SECRETS[1]} for key ${SECRETS[2]}`,
      next: `https://auth.example.com/cb?code=${SECRETS[3]}&state=ok`,
      list: [{ client_secret: SECRETS[4] }],
      extensions: { code: 'FORBIDDEN' },
      status: 403,
    });
    const out = redactBody(body);
    for (const s of SECRETS) expect(out).not.toContain(s);
    expect(JSON.parse(out)).toMatchObject({ error: 'invalid_grant', user: { name: 'ann' }, extensions: { code: 'FORBIDDEN' }, status: 403 });
    expect(out).toContain('state=ok');
  });

  it('text: name=value, "name": value and hidden inputs', () => {
    const html = `<form><input type="hidden" name="csrf_token" value="${SECRETS[3]}"><input name="q" value="shoes"></form>
<pre>DATABASE_PASSWORD = "${SECRETS[0]}"
session_id=${SECRETS[3]}; theme=dark
Authorization: Bearer ${SECRETS[1]}</pre>`;
    const out = redactBody(html);
    for (const s of SECRETS.slice(0, 2)) expect(out).not.toContain(s);
    expect(out).not.toContain(SECRETS[3]);
    expect(out).toContain('value="shoes"');
    expect(out).toContain('theme=dark');
  });

  it('keeps an ordinary error page as it was', () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx/1.22.1</center></body></html>';
    expect(redactBody(page)).toBe(page);
  });

  it('reads at most 64 KB of a hostile 1 MB body, quickly', () => {
    const t0 = performance.now();
    redactBody('password='.repeat(120_000));
    redactBody('<input name="token" value="'.repeat(40_000));
    expect(performance.now() - t0).toBeLessThan(500);
    expect(redactBody('x'.repeat(1_000_000)).length).toBe(64 * 1024);
  });
});
