// Headless Chromium or Firefox ESR with one unpacked extension or none, puppeteer's network
// monitoring off (it would slow every load and hide the extension's cost; see
// ../shared/BROWSER-TESTING.md "Measuring page-load overhead"). Same flags whatever is loaded,
// so the three page-load variants differ only by the extension.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';

export type Kind = 'chromium' | 'firefox';

export interface BenchBrowser {
  kind: Kind;
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ ("" with no extension). */
  extOrigin: string;
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

export async function launchBench(kind: Kind, ext: ExtensionDir | null, prefs: Record<string, unknown> = {}): Promise<BenchBrowser> {
  const b = await (kind === 'chromium' ? chromium(ext) : firefox(ext, prefs));
  if (!ext?.temporary) return b;
  return {
    ...b,
    close: async () => {
      await b.close();
      rmSync(ext.dir, { recursive: true, force: true });
    },
  };
}

async function chromium(ext: ExtensionDir | null): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'status-lens-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir,
    networkEnabled: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
      ...(ext ? [`--disable-extensions-except=${ext.dir}`, `--load-extension=${ext.dir}`] : []),
    ],
  });
  let worker: Target | undefined;
  let extOrigin = '';
  if (ext) {
    worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
    extOrigin = /^chrome-extension:\/\/[^/]+\//.exec(worker.url())![0];
  }
  return {
    kind: 'chromium',
    browser,
    extOrigin,
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

async function firefox(ext: ExtensionDir | null, prefs: Record<string, unknown>): Promise<BenchBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    networkEnabled: false,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.allow_hijacking_localhost': false,
      ...(ext?.geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [ext.geckoId]: FIREFOX_UUID }) } : {}),
      ...prefs,
    },
  });
  if (ext) await browser.installExtension(ext.dir);
  return {
    kind: 'firefox',
    browser,
    extOrigin: ext?.geckoId ? `moz-extension://${FIREFOX_UUID}/` : '',
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
 */
export function statusLens(kind: Kind): ExtensionDir & { popupPath: string } {
  const built = join(process.env.BENCH_DIST_DIR ?? join(ROOT, 'dist'), kind === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`${built} is missing: run npm run build`);
  const dir = mkdtempSync(join(tmpdir(), `status-lens-dist-${kind}-`));
  cpSync(built, dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return { dir, temporary: true, geckoId: m.browser_specific_settings?.gecko?.id, popupPath: m.action.default_popup };
}
