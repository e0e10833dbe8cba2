// storage.session layout: one key per tab, so a flush rewrites only the tabs that changed.
export const TAB_PREFIX = 'tab:';

export function tabKey(tabId: number): string {
  return TAB_PREFIX + tabId;
}

/** The tab id in a key made of `prefix` and the id; undefined for any other key. */
function tabIdAfter(prefix: string, key: string): number | undefined {
  if (!key.startsWith(prefix)) return undefined;
  const id = Number(key.slice(prefix.length));
  return Number.isInteger(id) ? id : undefined;
}

export function tabIdOfKey(key: string): number | undefined {
  return tabIdAfter(TAB_PREFIX, key);
}

/** The tab's first screen (worst rows and counts), so the popup can draw before reading the list. */
export const HEAD_PREFIX = 'head:';

export function headKey(tabId: number): string {
  return HEAD_PREFIX + tabId;
}

/** The tab's prerendered pages, held aside until one is shown (see core/prerender.ts). */
export const HELD_PREFIX = 'pre:';

export function heldKey(tabId: number): string {
  return HELD_PREFIX + tabId;
}

export function tabIdOfHeldKey(key: string): number | undefined {
  return tabIdAfter(HELD_PREFIX, key);
}

/** The tab a per-tab key (list, first screen or held pages) belongs to; undefined for others. */
export function tabIdOfAnyKey(key: string): number | undefined {
  return tabIdAfter(TAB_PREFIX, key) ?? tabIdAfter(HEAD_PREFIX, key) ?? tabIdAfter(HELD_PREFIX, key);
}
