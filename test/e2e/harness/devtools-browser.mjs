// Headful Chromium with DevTools open for every tab, on a virtual display (recipe:
// ../shared/BROWSER-TESTING.md "DevTools extensions in tests"). The extension's devtools_page
// and its panel are not puppeteer Pages but out-of-process frames: the browser's CDP session
// lists them (Target.getTargets, type "iframe") and a flat session evaluates in them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { unpackedId } from './browsers.mjs';
import { startXvfb } from './xvfb.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * @typedef {object} DevtoolsBrowser
 * @property {import('puppeteer-core').Browser} browser
 * @property {import('puppeteer-core').Page} page the tab DevTools was opened for
 * @property {string} extOrigin
 * @property {string} downloads where the browser saves downloads
 * @property {(urlPart: string, timeoutMs?: number) => Promise<(expr: string) => Promise<unknown>>} frame
 *   an evaluator in the extension frame whose URL contains urlPart (waits for it to exist)
 * @property {() => Promise<(expr: string) => Promise<unknown>>} showPanel switches DevTools to the
 *   Status Lens panel the way a user can (Ctrl+] moves to the next panel) and returns its evaluator
 * @property {(origin: string) => Promise<unknown>} [openDevtools] Firefox: opens DevTools for the tab at origin
 * @property {() => Promise<void>} close
 */

/** @returns {Promise<DevtoolsBrowser>} */
export async function launchDevtoolsChromium() {
  const xvfb = await startXvfb();
  const dist = join(ROOT, 'dist/chrome');
  const userDataDir = mkdtempSync(join(tmpdir(), 'status-lens-devtools-'));
  const downloads = mkdtempSync(join(tmpdir(), 'status-lens-downloads-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: false,
      devtools: true,
      userDataDir,
      env: { ...process.env, DISPLAY: xvfb.display },
      ignoreDefaultArgs: ['--disable-extensions'],
      defaultViewport: null,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--window-size=1400,1000',
        `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      ],
    });
  } catch (e) {
    await xvfb.stop();
    throw e;
  }
  const id = unpackedId(dist);
  const extOrigin = `chrome-extension://${id}/`;
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(extOrigin), { timeout: 30_000 });
  const [page] = await browser.pages();
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });

  /** @type {DevtoolsBrowser['frame']} */
  const frame = async (urlPart, timeoutMs = 30_000) => {
    const t0 = Date.now();
    for (;;) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const info = targetInfos.find((t) => t.url.startsWith(extOrigin) && t.url.includes(urlPart));
      if (info) {
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: true });
        const session = /** @type {import('puppeteer-core').CDPSession} */ (cdp.connection()?.session(sessionId));
        return async (expression) => {
          const r = await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
          if (r.exceptionDetails) throw new Error(`${urlPart}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
          return r.result.value;
        };
      }
      if (Date.now() - t0 > timeoutMs) throw new Error(`no extension frame with ${urlPart}: ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  /** The DevTools window itself (its own page target), with keyboard focus emulated. */
  const frontend = async () => {
    const t0 = Date.now();
    for (;;) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const fe = targetInfos.find((t) => t.url.startsWith('devtools://') && t.type === 'page');
      if (fe) {
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: fe.targetId, flatten: true });
        const s = /** @type {import('puppeteer-core').CDPSession} */ (cdp.connection()?.session(sessionId));
        await s.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return s;
      }
      if (Date.now() - t0 > 60_000) throw new Error('DevTools never loaded');
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  const showPanel = async () => {
    const s = await frontend();
    const panelShown = async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.url.startsWith(extOrigin) && t.url.includes('src/devtools/panel.html'));
    // DevTools has a few dozen panels: Ctrl+] visits each in turn, ours among them.
    for (let i = 0; i < 60 && !(await panelShown()); i++) {
      for (const type of ['rawKeyDown', 'keyUp']) {
        await s.send('Input.dispatchKeyEvent', { type, modifiers: 2, key: ']', code: 'BracketRight', windowsVirtualKeyCode: 221, nativeVirtualKeyCode: 221 });
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    return frame('src/devtools/panel.html', 10_000);
  };

  return {
    browser,
    page,
    showPanel,
    extOrigin,
    downloads,
    frame,
    close: async () => {
      await browser.close().catch(() => {});
      await xvfb.stop();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
