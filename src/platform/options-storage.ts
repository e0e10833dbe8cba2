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

export async function saveOptions(o: Options): Promise<void> {
  await browser.storage.sync.set({ [KEY]: normalizeOptions(o) });
}

export function watchOptions(onChange: (o: Options) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && KEY in changes) onChange(normalizeOptions(changes[KEY].newValue));
  });
}

export { defaults };
