// Firefox ESR with the Status Lens DevTools panel, driven for real: the "devtools" permission is
// granted by clicking the options page's button (Firefox asks for it at run time: it is optional
// in the Firefox build), DevTools is opened for the tab and the panel selected from Firefox's own
// chrome scope over WebDriver BiDi (--remote-allow-system-access: gDevTools.showToolboxForTab,
// toolbox.selectTool, what F12 and a click on the panel's tab do), and the panel's document is
// read by a frame script in its <browser> (BiDi lists no context for DevTools' extension frames).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { GECKO_ID } from './browsers.mjs';
import { startXvfb } from './xvfb.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const UUID = '3b1c7a52-5a8e-4c44-9d7e-6f2d1e0b9a11';

/** @returns {Promise<import('./devtools-browser.mjs').DevtoolsBrowser>} */
export async function launchDevtoolsFirefox() {
  const xvfb = await startXvfb();
  const downloads = mkdtempSync(join(tmpdir(), 'status-lens-downloads-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: false,
      env: { ...process.env, DISPLAY: xvfb.display },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // The permission request answers without its doorhanger (nobody can click one here).
        'extensions.webextOptionalPermissionPrompts': false,
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'network.proxy.allow_hijacking_localhost': false,
      },
    });
    await browser.installExtension(join(ROOT, 'dist/firefox'));
  } catch (e) {
    await browser?.close().catch(() => {});
    await xvfb.stop();
    throw e;
  }
  const extOrigin = `moz-extension://${UUID}/`;
  const conn = /** @type {{ send(m: string, p: object): Promise<any> }} */ (/** @type {any} */ (browser).connection);
  const [page] = await browser.pages();

  /** Evaluates in the browser window's chrome scope. */
  const chrome = async (/** @type {string} */ expression) => {
    const top = (await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result.contexts[0].context;
    const r = await conn.send('script.evaluate', { expression, target: { context: top }, awaitPromise: true, resultOwnership: 'none' });
    if (r.result.type === 'exception') throw new Error(`chrome scope: ${JSON.stringify(r.result.exceptionDetails).slice(0, 800)}`);
    return r.result.result.value;
  };
  const TOOLBOX = `const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
    const { gDevTools } = require('devtools/client/framework/devtools');`;

  // Granted the way a user does: the options page's button.
  const options = await browser.newPage();
  await /** @type {any} */ (options.mainFrame()).browsingContext.navigate(`${extOrigin}src/options/index.html`, 'complete');
  await options.bringToFront();
  await options.waitForSelector('[data-action="grant-devtools"]', { timeout: 30_000 });
  await options.click('[data-action="grant-devtools"]');
  await options.waitForSelector('[data-devtools-access="on"]', { timeout: 30_000 });
  await options.close();
  await page.bringToFront();

  /** Opens DevTools for the tab showing `origin` (F12) and waits for the Status Lens panel's tab. */
  const openDevtools = async (/** @type {string} */ origin) => chrome(`(async () => { ${TOOLBOX}
    const tab = [...window.gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec.startsWith(${JSON.stringify(origin)}));
    const toolbox = await gDevTools.showToolboxForTab(tab);
    for (let i = 0; i < 100; i++) {
      if (toolbox.getAdditionalTools().some((t) => t.id.startsWith('webext-devtools-panel'))) return true;
      await new Promise((r) => setTimeout(r, 200));
    }
    return false; })()`);

  /** @type {(expr: string) => Promise<unknown>} the panel's document as `document` */
  const panelEval = async (expr) => {
    const json = await chrome(`(async () => { ${TOOLBOX}
      const toolbox = [...gDevTools.getToolboxes()].pop();
      const id = toolbox.getAdditionalTools().map((t) => t.id).find((i) => i.startsWith('webext-devtools-panel'));
      const br = toolbox.doc.getElementById('toolbox-panel-iframe-' + id)?.contentDocument.querySelector('browser');
      if (!br) return JSON.stringify({ error: 'no panel browser' });
      const key = 'status-lens-eval-' + Math.random().toString(36).slice(2);
      const code = 'try { const document = content.document; const value = (' + ${JSON.stringify(expr)} + '); sendAsyncMessage(' + JSON.stringify(key) + ', JSON.stringify({ value })); } catch (e) { sendAsyncMessage(' + JSON.stringify(key) + ', JSON.stringify({ error: String(e) })); }';
      return await new Promise((res) => {
        const listener = (m) => { br.messageManager.removeMessageListener(key, listener); res(m.data); };
        br.messageManager.addMessageListener(key, listener);
        br.messageManager.loadFrameScript('data:,' + encodeURIComponent(code), true);
        setTimeout(() => res(JSON.stringify({ error: 'frame script timeout' })), 10000);
      }); })()`);
    const r = JSON.parse(/** @type {string} */ (json));
    if (r.error) throw new Error(`panel: ${r.error}`);
    return r.value;
  };

  return {
    browser,
    page,
    extOrigin,
    downloads,
    frame: async () => panelEval,
    openDevtools,
    showPanel: async () => {
      await chrome(`(async () => { ${TOOLBOX}
        const toolbox = [...gDevTools.getToolboxes()].pop();
        await toolbox.selectTool(toolbox.getAdditionalTools().map((t) => t.id).find((i) => i.startsWith('webext-devtools-panel'))); })()`);
      return panelEval;
    },
    close: async () => {
      await browser.close().catch(() => {});
      await xvfb.stop();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
