import { describe, expect, it } from 'vitest';
import { guessTimeout, roundSeconds } from './timing';

describe('roundSeconds', () => {
  it('accepts a wait just over a whole second, within 0.1 s + 0.2 %', () => {
    expect(roundSeconds(60_012)).toBe(60);
    expect(roundSeconds(60_210)).toBe(60);
    expect(roundSeconds(59_970)).toBe(60);
    expect(roundSeconds(2_004)).toBe(2);
    expect(roundSeconds(100_290)).toBe(100);
  });
  it('refuses waits between seconds, under a second, or not numbers', () => {
    expect(roundSeconds(2_400)).toBeUndefined();
    expect(roundSeconds(61_400)).toBeUndefined();
    expect(roundSeconds(60_300)).toBeUndefined();
    expect(roundSeconds(59_800)).toBeUndefined();
    expect(roundSeconds(300)).toBeUndefined();
    expect(roundSeconds(Number.NaN)).toBeUndefined();
  });
});

describe('guessTimeout', () => {
  it('nginx 504 after 60.0 s: proxy_read_timeout at its default', () => {
    expect(guessTimeout(504, { totalMs: 60_020, waitMs: 60_003 }, ['nginx'])).toEqual({
      seconds: 60, candidates: [{ id: 'nginx-proxy-read', defaultSeconds: 60, isDefault: true, named: true }],
    });
  });
  it('nginx 504 after 2 s: the same timeout, set to 2 s', () => {
    expect(guessTimeout(504, { totalMs: 2_010, waitMs: 2_002 }, ['nginx'])?.candidates)
      .toEqual([{ id: 'nginx-proxy-read', defaultSeconds: 60, isDefault: false, named: true }]);
  });
  it('Cloudflare 524 after 100 s; Heroku 503 after 30 s; Varnish 503 after 60 s', () => {
    expect(guessTimeout(524, { totalMs: 100_200 }, ['cloudflare'])?.candidates[0]).toMatchObject({ id: 'cloudflare-origin', isDefault: true });
    expect(guessTimeout(503, { totalMs: 30_050 }, ['heroku'])?.candidates[0]).toMatchObject({ id: 'heroku-router', isDefault: true });
    expect(guessTimeout(503, { totalMs: 60_100 }, ['varnish'])?.candidates[0]).toMatchObject({ id: 'varnish-first-byte', isDefault: true });
  });
  it('no product named: every timeout whose default is that many seconds', () => {
    expect(guessTimeout(504, { totalMs: 60_030 }, [])?.candidates.map((c) => c.id)).toEqual(['nginx-proxy-read', 'aws-alb-idle', 'apache-proxy']);
    expect(guessTimeout(504, { totalMs: 7_000 }, [])).toEqual({ seconds: 7, candidates: [] });
  });
  it('nothing for other statuses, fast answers, or waits between seconds', () => {
    expect(guessTimeout(500, { totalMs: 60_000 }, ['nginx'])).toBeUndefined();
    expect(guessTimeout(504, { totalMs: 120 }, ['nginx'])).toBeUndefined();
    expect(guessTimeout(502, { totalMs: 3_500, waitMs: 3_480 }, ['nginx'])).toBeUndefined();
  });
  it('prefers the wait over the total (a slow download of the error page adds to the total only)', () => {
    expect(guessTimeout(504, { totalMs: 62_700, waitMs: 60_010 }, ['nginx'])?.seconds).toBe(60);
  });
});
