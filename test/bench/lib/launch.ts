// Headless Chromium or Firefox ESR with one unpacked extension or none, puppeteer's network
// monitoring off (it would slow every load and hide the extension's cost; see
// ../shared/BROWSER-TESTING.md "Measuring page-load overhead"). Same flags whatever is loaded,
// so the three page-load variants differ only by the extension.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';

export type Kind = 'chromium' | 'firefox';

export interface BenchBrowser {
  kind: Kind;
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ ("" with no extension). */
  extOrigin: string;
  /** The origins of the `also` extensions given to launchBench, in their order. */
  alsoOrigins: string[];
  /** Chromium: the extension's service-worker target. */
  worker?: Target;
  /** Navigate to an extension page (Firefox: page.goto never resolves there, puppeteer issue 14314). */
  gotoExt(page: Page, url: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDir {
  dir: string;
  /** A temporary copy: removed when the browser closes. */
  temporary?: boolean;
  /** Firefox: the manifest's gecko id, given a fixed uuid so extension URLs are predictable. */
  geckoId?: string;
}

const FIREFOX_UUID = '6a1f0c3e-2b4d-4e8a-9c71-5d3b2a1f0e99';
/** Fixed uuids for the `also` extensions (Firefox), one per position. */
const alsoUuid = (i: number) => `6a1f0c3e-2b4d-4e8a-9c71-5d3b2a1f0f${(i + 10).toString(16).padStart(2, '0')}`;

/**
 * `also`: more extensions loaded beside `ext` (the floor extension's blank page is timed in the
 * same browser as the popup, so both see the same machine at the same moment).
 */
export async function launchBench(kind: Kind, ext: ExtensionDir | null, prefs: Record<string, unknown> = {}, also: ExtensionDir[] = []): Promise<BenchBrowser> {
  const b = await (kind === 'chromium' ? chromium(ext, also) : firefox(ext, prefs, also));
  const temporary = [ext, ...also].filter((e): e is ExtensionDir => !!e?.temporary);
  if (!temporary.length) return b;
  return {
    ...b,
    close: async () => {
      await b.close();
      for (const e of temporary) rmSync(e.dir, { recursive: true, force: true });
    },
  };
}

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits as a-p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

async function chromium(ext: ExtensionDir | null, also: ExtensionDir[]): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'status-lens-bench-'));
  const dirs = [ext, ...also].filter((e): e is ExtensionDir => !!e).map((e) => e.dir);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir,
    networkEnabled: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
      ...(dirs.length ? [`--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`] : []),
    ],
  });
  const workerOf = (dir: string) => {
    const origin = `chrome-extension://${unpackedId(dir)}/`;
    return browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(origin), { timeout: 20_000 });
  };
  const worker = ext ? await workerOf(ext.dir) : undefined;
  const extOrigin = worker ? /^chrome-extension:\/\/[^/]+\//.exec(worker.url())![0] : '';
  for (const a of also) await workerOf(a.dir);
  return {
    kind: 'chromium',
    browser,
    extOrigin,
    alsoOrigins: also.map((a) => `chrome-extension://${unpackedId(a.dir)}/`),
    worker,
    gotoExt: async (page, url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    close: async () => {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function firefox(ext: ExtensionDir | null, prefs: Record<string, unknown>, also: ExtensionDir[]): Promise<BenchBrowser> {
  const uuids: Record<string, string> = {};
  if (ext?.geckoId) uuids[ext.geckoId] = FIREFOX_UUID;
  also.forEach((a, i) => {
    if (a.geckoId) uuids[a.geckoId] = alsoUuid(i);
  });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    networkEnabled: false,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.allow_hijacking_localhost': false,
      ...(Object.keys(uuids).length ? { 'extensions.webextensions.uuids': JSON.stringify(uuids) } : {}),
      ...prefs,
    },
  });
  for (const e of [ext, ...also]) if (e) await browser.installExtension(e.dir);
  return {
    kind: 'firefox',
    browser,
    extOrigin: ext?.geckoId ? `moz-extension://${FIREFOX_UUID}/` : '',
    alsoOrigins: also.map((a, i) => (a.geckoId ? `moz-extension://${alsoUuid(i)}/` : '')),
    gotoExt: async (page, url) => {
      const frame = page.mainFrame() as unknown as { browsingContext: { navigate(u: string, wait: string): Promise<unknown> } };
      await frame.browsingContext.navigate(url, 'complete');
    },
    close: async () => {
      await browser.close().catch(() => {});
    },
  };
}

const ROOT = join(import.meta.dirname, '../../..');

/**
 * The built product for this browser (npm run build; BENCH_DIST_DIR names another build's dist/
 * to compare a change), copied to a temporary directory first so a
 * rebuild during a long benchmark cannot pull files from under a running browser.
 * `asSecond`: a second copy to load beside the first (another build, to compare): Firefox needs
 * a gecko id of its own for it.
 */
export function statusLens(kind: Kind, distRoot = process.env.BENCH_DIST_DIR ?? join(ROOT, 'dist'), asSecond = false): ExtensionDir & { popupPath: string } {
  const built = join(distRoot, kind === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`${built} is missing: run npm run build`);
  const dir = mkdtempSync(join(tmpdir(), `status-lens-dist-${kind}-`));
  cpSync(built, dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (asSecond && m.browser_specific_settings?.gecko) {
    m.browser_specific_settings.gecko.id = `second-${m.browser_specific_settings.gecko.id}`;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  }
  return { dir, temporary: true, geckoId: m.browser_specific_settings?.gecko?.id, popupPath: m.action.default_popup };
}
