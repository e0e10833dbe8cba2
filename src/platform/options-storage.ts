// Options in storage.sync: read, write, watch. Everything else gets plain Options objects.
import { defaults, normalizeOptions, type Options } from '../core/options';
import { browser } from './browser';

const KEY = 'options';

export async function loadOptions(): Promise<Options> {
  try {
    const got = await browser.storage.sync.get(KEY);
    return normalizeOptions(got[KEY]);
  } catch {
    // storage.sync can be unavailable (Firefox without an id, policies): defaults still work.
    return normalizeOptions(undefined);
  }
}

/** Rejects when storage.sync refuses (its 8 KB per item, quotas, policies): the UI must say so. */
export async function saveOptions(o: Options): Promise<void> {
  await browser.storage.sync.set({ [KEY]: normalizeOptions(o) });
}

/**
 * Listens to storage.sync only: storage.onChanged would also deliver every flush of the tab lists
 * in storage.session (megabytes each) to whoever watches the options, the background included.
 */
export function watchOptions(onChange: (o: Options) => void): void {
  browser.storage.sync.onChanged.addListener((changes) => {
    if (KEY in changes) onChange(normalizeOptions(changes[KEY].newValue));
  });
}

export { defaults };
