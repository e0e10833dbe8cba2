// The user's options: one typed defaults object, the shape everything else reads. Stored in
// storage.sync (it is the one thing kept beyond the session, and it holds no browsing data).
import { filterGroupOf, type FilterGroup } from './classify';
import type { TabRecord } from './types';

export type LangChoice = 'auto' | 'en' | 'fr' | 'id' | 'vi';

export const defaults = {
  /** Which groups are listed in the popup and counted on the badge. */
  groups: { '3xx': true, '4xx': true, '5xx': true, network: true, other: true } as Record<FilterGroup, boolean>,
  /** Hosts whose requests are hidden and not counted (a suffix match: "example.com" covers "cdn.example.com"). */
  ignoredHosts: [] as string[],
  /** Show the count on the toolbar icon. */
  badge: true,
  /**
   * Count requests the user's own browser blocked (content blockers, policies, tracking
   * protection) on the badge. Off: they are not the site's failures.
   */
  countBlocked: false,
  /** UI and explanations language; "auto" follows the browser. */
  language: 'auto' as LangChoice,
};

export type Options = typeof defaults;

const LANGS: LangChoice[] = ['auto', 'en', 'fr', 'id', 'vi'];

/** Whatever storage held (an older shape, a hand edit), made into valid Options. */
export function normalizeOptions(raw: unknown): Options {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Options, unknown>>;
  const groups = { ...defaults.groups };
  if (r.groups && typeof r.groups === 'object') {
    for (const g of Object.keys(groups) as FilterGroup[]) {
      const v = (r.groups as Record<string, unknown>)[g];
      if (typeof v === 'boolean') groups[g] = v;
    }
  }
  return {
    groups,
    ignoredHosts: Array.isArray(r.ignoredHosts) ? parseHostList(r.ignoredHosts.filter((h) => typeof h === 'string').join('\n')) : [],
    badge: typeof r.badge === 'boolean' ? r.badge : defaults.badge,
    countBlocked: typeof r.countBlocked === 'boolean' ? r.countBlocked : defaults.countBlocked,
    language: LANGS.includes(r.language as LangChoice) ? (r.language as LangChoice) : defaults.language,
  };
}

/**
 * Most hosts kept: storage.sync refuses an item over 8 KB, and a longer list would make every
 * later save of the options fail.
 */
export const MAX_IGNORED_HOSTS = 100;
const MAX_HOST_LENGTH = 253;
/** Characters of all hosts together: the rest of the options item fits in the 8 KB beside them. */
const MAX_HOSTS_CHARS = 6000;

/** One host per line (or comma-separated); URLs are reduced to their host; junk dropped; capped. */
export function parseHostList(text: string): string[] {
  const out = new Set<string>();
  let chars = 0;
  for (let item of text.split(/[\s,]+/)) {
    item = item.trim().toLowerCase();
    if (!item) continue;
    try {
      if (item.includes('://')) item = new URL(item).hostname;
    } catch {
      continue;
    }
    item = item.replace(/^\*\./, '').replace(/^\.+|\.+$/g, '').replace(/:\d+$/, '');
    if (item.length > MAX_HOST_LENGTH || !/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(item) || out.has(item)) continue;
    if (out.size >= MAX_IGNORED_HOSTS || chars + item.length + 3 > MAX_HOSTS_CHARS) break;
    out.add(item);
    chars += item.length + 3;
  }
  return [...out];
}

export function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)/i.exec(url);
  return m ? m[1].toLowerCase() : '';
}

export function isHostIgnored(url: string, ignored: readonly string[]): boolean {
  if (!ignored.length) return false;
  const host = hostOf(url);
  return ignored.some((h) => host === h || host.endsWith('.' + h));
}

/**
 * Whether a record is listed (and counted, see core/badge.ts) under these options. What the user's
 * own browser blocked belongs to no class: the class choices leave it listed, in its own group.
 */
export function isShown(r: TabRecord, o: Options): boolean {
  return (r.blocked !== undefined || o.groups[filterGroupOf(r.status, r.error)]) && !isHostIgnored(r.url, o.ignoredHosts);
}
