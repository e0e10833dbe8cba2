// What the toolbar badge says for a tab: how many non-2xx responses and failures, coloured by
// the worst class present. What the user's own browser blocked is left out unless asked for. Text is paired with a title so colour is never the only signal.
import { isBlockedHere } from './blocked';
import { classOf } from './classify';
import { defaults, isShown, type Options } from './options';
import type { TabState } from './types';

export const BADGE_COLORS = {
  network: '#b3261e',
  server: '#b3261e',
  client: '#b45309',
  redirect: '#1d4ed8',
  other: '#4b5563',
} as const;

export interface Badge {
  text: string;
  color: string;
  /** Counts for the tooltip. */
  responses: number;
  failures: number;
}

export function badgeFor(state: TabState | undefined, options: Options = defaults): Badge {
  let responses = 0;
  let failures = 0;
  let worst: keyof typeof BADGE_COLORS = 'other';
  const rank = { other: 0, redirect: 1, client: 2, server: 3, network: 3 } as const;
  for (const r of state?.records ?? []) {
    if (!isShown(r, options)) continue;
    if (!options.countBlocked && isBlockedHere(r)) continue;
    const c = classOf(r.status, r.error);
    if (c === 'network') failures += r.count;
    else responses += r.count;
    const k: keyof typeof BADGE_COLORS = c === 'network' || c === 'server' || c === 'client' || c === 'redirect' ? c : 'other';
    if (rank[k] > rank[worst]) worst = k;
  }
  const total = responses + failures;
  return { text: total === 0 || !options.badge ? '' : total > 999 ? '999+' : String(total), color: BADGE_COLORS[worst], responses, failures };
}
