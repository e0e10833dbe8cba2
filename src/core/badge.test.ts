import { describe, expect, it } from 'vitest';
import { badgeFor, BADGE_COLORS } from './badge';
import { defaults } from './options';
import { newTabState } from './recorder';
import type { TabRecord } from './types';

const rec = (status: number, count = 1, error?: string): TabRecord => ({
  key: `${status}`, status, statusLine: '', error, method: 'GET', type: 'image', url: 'http://a/', frame: 'sub',
  time: 0, lastTime: 0, count, fromCache: false, headers: [], seq: 0,
});

describe('badgeFor', () => {
  it('is empty for a clean or unknown tab', () => {
    expect(badgeFor(undefined).text).toBe('');
    expect(badgeFor(newTabState(1)).text).toBe('');
  });
  it('counts responses and failures and takes the worst colour', () => {
    const s = newTabState(1);
    s.records.push(rec(301), rec(404, 3));
    expect(badgeFor(s)).toMatchObject({ text: '4', color: BADGE_COLORS.client, responses: 4, failures: 0 });
    s.records.push(rec(0, 2, 'net::ERR_CONNECTION_REFUSED'));
    expect(badgeFor(s)).toMatchObject({ text: '6', color: BADGE_COLORS.network, failures: 2 });
  });
  it('follows the options: hidden groups are not counted, the badge can be off', () => {
    const s = newTabState(1);
    s.records.push(rec(301, 2), rec(404));
    expect(badgeFor(s, { ...defaults, groups: { ...defaults.groups, '3xx': false } }).text).toBe('1');
    expect(badgeFor(s, { ...defaults, badge: false }).text).toBe('');
  });
  it('leaves what the user’s own browser blocked off the badge, unless the option counts it', () => {
    const s = newTabState(1);
    s.records.push(rec(404), { ...rec(0, 4, 'net::ERR_BLOCKED_BY_CLIENT'), blocked: 'extension' });
    expect(badgeFor(s)).toMatchObject({ text: '1', color: BADGE_COLORS.client, failures: 0 });
    expect(badgeFor(s, { ...defaults, countBlocked: true })).toMatchObject({ text: '5', color: BADGE_COLORS.network, failures: 4 });
  });
  it('caps the text at four characters', () => {
    const s = newTabState(1);
    s.records.push(rec(500, 5000));
    expect(badgeFor(s).text).toBe('999+');
  });
});
