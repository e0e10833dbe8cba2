// Assembles the floor extension for one browser: background.js plus that browser's manifest,
// copied to a temporary directory as manifest.json.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionDir, Kind } from './launch';

const SRC = join(import.meta.dirname, '..', 'floor-extension');

export function floorExtension(kind: Kind): ExtensionDir {
  const dir = mkdtempSync(join(tmpdir(), `status-lens-floor-${kind}-`));
  copyFileSync(join(SRC, 'background.js'), join(dir, 'background.js'));
  copyFileSync(join(SRC, kind === 'chromium' ? 'manifest.chrome.json' : 'manifest.firefox.json'), join(dir, 'manifest.json'));
  return { dir, temporary: true, geckoId: kind === 'firefox' ? 'status-lens-floor@status-lens.dev' : undefined };
}
