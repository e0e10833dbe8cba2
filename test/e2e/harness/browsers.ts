// Launch real headless Chromium or Firefox ESR with the built extension loaded, using
// puppeteer-core and the apt browsers (recipes: ../shared/BROWSER-TESTING.md).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface ExtBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extOrigin: string;
  /** The manifest's action.default_popup, e.g. "src/popup/index.html". */
  popupPath: string;
  popupUrl(query?: string): string;
  /** Navigate a page to an extension URL (Firefox needs the BiDi call: page.goto never resolves there). */
  gotoExt(page: Page, url: string): Promise<void>;
  /** Stop the background (Chromium: the service worker). Undefined where the browser has no such control. */
  stopWorker?: () => Promise<void>;
  close(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');
export const GECKO_ID = 'status-lens@status-lens.dev';
const FIREFOX_UUID = '3b1c7a52-5a8e-4c44-9d7e-6f2d1e0b9a11';

function popupPathOf(dist: string): string {
  const m = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  return m.action.default_popup;
}

export async function launch(name: BrowserName, opts: { networkEnabled?: boolean } = {}): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

async function launchChromium(opts: { networkEnabled?: boolean }): Promise<ExtBrowser> {
  const dist = join(ROOT, 'dist/chrome');
  const userDataDir = mkdtempSync(join(tmpdir(), 'status-lens-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir,
    networkEnabled: opts.networkEnabled,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
  });
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  const extOrigin = /^chrome-extension:\/\/[^/]+\//.exec(sw.url())![0];
  const popupPath = popupPathOf(dist);
  return {
    name: 'chromium',
    browser,
    extOrigin,
    popupPath,
    popupUrl: (q = '') => extOrigin + popupPath + q,
    gotoExt: async (page, url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    stopWorker: async () => {
      // CDP ServiceWorker.stopAllWorkers, confirmed by the 'stopped' status event.
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('ServiceWorker.enable');
      const stopped = new Promise<void>((res) => {
        cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string; scriptURL: string }[] }) => {
          if (e.versions.some((v) => v.scriptURL.startsWith(extOrigin) && v.runningStatus === 'stopped')) res();
        });
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000))]);
      await page.close();
    },
    close: async () => {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(opts: { networkEnabled?: boolean }): Promise<ExtBrowser> {
  const dist = join(ROOT, 'dist/firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    networkEnabled: opts.networkEnabled,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(dist);
  const extOrigin = `moz-extension://${FIREFOX_UUID}/`;
  const popupPath = popupPathOf(dist);
  return {
    name: 'firefox',
    browser,
    extOrigin,
    popupPath,
    popupUrl: (q = '') => extOrigin + popupPath + q,
    gotoExt: async (page, url) => {
      // puppeteer issue 14314: page.goto to moz-extension:// never resolves; navigate over BiDi.
      const frame = page.mainFrame() as unknown as { browsingContext: { navigate(u: string, wait: string): Promise<unknown> } };
      await frame.browsingContext.navigate(url, 'complete');
    },
    close: async () => {
      await browser.close().catch(() => {});
    },
  };
}
