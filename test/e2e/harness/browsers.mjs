// Launch real headless Chromium or Firefox ESR with the built extension loaded, using
// puppeteer-core and the apt browsers (recipes: ../shared/BROWSER-TESTING.md).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

/** @typedef {'chromium' | 'firefox'} BrowserName */

/**
 * @typedef {object} ExtBrowser
 * @property {BrowserName} name
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extOrigin chrome-extension://<id>/ or moz-extension://<uuid>/
 * @property {string} popupPath the manifest's action.default_popup, e.g. "src/popup/index.html"
 * @property {(query?: string) => string} popupUrl
 * @property {(page: import('puppeteer-core').Page, url: string) => Promise<void>} gotoExt navigate a page to an
 *   extension URL (Firefox needs the BiDi call: page.goto never resolves there)
 * @property {(() => Promise<void>) | undefined} [stopWorker] stop the background (Chromium: the service worker)
 * @property {(() => Promise<void>) | undefined} [install] install the extension now (Firefox, launched with deferInstall)
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} LaunchOptions
 * @property {boolean} [networkEnabled] puppeteer's own network monitoring (off for timing)
 * @property {boolean} [headless] default true
 * @property {'light' | 'dark'} [colorScheme] Firefox: forced through a pref (BiDi has no media emulation)
 * @property {string} [lang] UI language, e.g. "fr"
 * @property {ExtraExtension[]} [extraExtensions] other unpacked extensions loaded beside ours (Chromium: at
 *   launch; Firefox: installed right after ours, as temporary add-ons)
 * @property {Record<string, unknown>} [prefs] extra Firefox prefs (e.g. a short background idle timeout)
 * @property {boolean} [deferInstall] Firefox: launch without the extension; call `install()` later, so a tab
 *   can be loaded before the extension exists
 * @property {string[]} [args] extra Chromium command-line switches (e.g. --host-resolver-rules)
 */

/**
 * @typedef {object} ExtraExtension
 * @property {string} dir unpacked extension directory
 * @property {string} [geckoId] Firefox: its browser_specific_settings.gecko.id
 * @property {string} [uuid] Firefox: its fixed moz-extension:// uuid (with geckoId)
 */

const ROOT = resolve(import.meta.dirname, '../../..');
export const GECKO_ID = 'status-lens@status-lens.dev';
const FIREFOX_UUID = '3b1c7a52-5a8e-4c44-9d7e-6f2d1e0b9a11';

/** @param {string} dist */
function popupPathOf(dist) {
  const m = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  return m.action.default_popup;
}

/**
 * @param {BrowserName} name
 * @param {LaunchOptions} [opts]
 * @returns {Promise<ExtBrowser>}
 */
export async function launch(name, opts = {}) {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

/**
 * The id Chromium gives an unpacked extension: the first 128 bits of SHA-256 of its real path,
 * written with the letters a-p.
 * @param {string} dir
 */
export function unpackedId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** @param {LaunchOptions} opts @returns {Promise<ExtBrowser>} */
async function launchChromium(opts) {
  const dist = join(ROOT, 'dist/chrome');
  const extra = (opts.extraExtensions ?? []).map((e) => e.dir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'status-lens-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    userDataDir,
    // Chromium on Linux takes its UI language from the environment; --lang alone is not enough.
    ...(opts.lang ? { env: { ...process.env, LANGUAGE: opts.lang, LANG: `${opts.lang}.UTF-8`, LC_ALL: '' } } : {}),
    networkEnabled: opts.networkEnabled,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
      `--disable-extensions-except=${[dist, ...extra].join(',')}`, `--load-extension=${[dist, ...extra].join(',')}`,
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      ...(opts.args ?? []),
    ],
  });
  // Other extensions may be loaded beside ours: ours has the id Chromium derives from its path.
  const id = unpackedId(dist);
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), { timeout: 20_000 });
  const extOrigin = /** @type {RegExpExecArray} */ (/^chrome-extension:\/\/[^/]+\//.exec(sw.url()))[0];
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
      const stopped = new Promise((res) => {
        cdp.on('ServiceWorker.workerVersionUpdated', (/** @type {{ versions: { runningStatus: string, scriptURL: string }[] }} */ e) => {
          if (e.versions.some((v) => v.scriptURL.startsWith(extOrigin) && v.runningStatus === 'stopped')) res(undefined);
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

/** @param {LaunchOptions} opts @returns {Promise<ExtBrowser>} */
async function launchFirefox(opts) {
  const dist = join(ROOT, 'dist/firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: opts.headless ?? true,
    networkEnabled: opts.networkEnabled,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [GECKO_ID]: FIREFOX_UUID,
        ...Object.fromEntries((opts.extraExtensions ?? []).filter((e) => e.geckoId && e.uuid).map((e) => [e.geckoId, e.uuid])),
      }),
      'network.proxy.allow_hijacking_localhost': false,
      ...opts.prefs,
      // 0 dark, 1 light: WebDriver BiDi cannot emulate prefers-color-scheme.
      ...(opts.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1 } : {}),
      ...(opts.lang ? { 'intl.locale.requested': opts.lang } : {}),
    },
  });
  const install = async () => {
    await browser.installExtension(dist);
    for (const e of opts.extraExtensions ?? []) await browser.installExtension(e.dir);
  };
  if (!opts.deferInstall) await install();
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
      const frame = /** @type {{ browsingContext: { navigate(u: string, wait: string): Promise<unknown> } }} */ (
        /** @type {unknown} */ (page.mainFrame())
      );
      await frame.browsingContext.navigate(url, 'complete');
    },
    ...(opts.deferInstall ? { install } : {}),
    close: async () => {
      await browser.close().catch(() => {});
    },
  };
}
