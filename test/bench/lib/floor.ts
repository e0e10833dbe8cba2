// Assembles the floor extension for one browser: background.js, the blank page (blank.html and
// blank.js, the popup benchmark's baseline; the popup's first-screen copy is written beside them at
// run time, see popup-first-screen.bench-run.ts) and that browser's manifest, copied to a
// temporary directory as manifest.json.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionDir, Kind } from './launch';

const SRC = join(import.meta.dirname, '..', 'floor-extension');

/** Path of the blank page inside the floor extension. */
export const BLANK_PAGE = 'blank.html';
/** Path of the static copy of the popup's first screen (written by the popup benchmark). */
export const FIRST_SCREEN_COPY = 'first-screen-copy.html';

export function floorExtension(kind: Kind): ExtensionDir {
  const dir = mkdtempSync(join(tmpdir(), `status-lens-floor-${kind}-`));
  for (const f of ['background.js', 'blank.html', 'blank.js']) copyFileSync(join(SRC, f), join(dir, f));
  copyFileSync(join(SRC, kind === 'chromium' ? 'manifest.chrome.json' : 'manifest.firefox.json'), join(dir, 'manifest.json'));
  return { dir, temporary: true, geckoId: kind === 'firefox' ? 'status-lens-floor@status-lens.dev' : undefined };
}
