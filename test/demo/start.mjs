#!/usr/bin/env node
// `npm start`: open a browser with the built extension and a local demo page full of real
// failures. Headed when there is a display; without one it prints what the popup lists, saves a
// screenshot and exits.
import { existsSync, mkdirSync } from 'node:fs';
import { launch } from '../e2e/harness/browsers.mjs';
import { startDemoSite } from './demo-site.mjs';

const want = process.env.STATUS_LENS_BROWSER;
const installed = [
  ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
  ['firefox', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
].filter(([name, path]) => (!want || want === name) && existsSync(path));
if (!installed.length) {
  console.error('No browser found. Install one (apt-get install chromium or firefox-esr), or set CHROMIUM_PATH / FIREFOX_PATH.');
  process.exit(1);
}
const name = /** @type {'chromium' | 'firefox'} */ (installed[0][0]);
const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';

const site = await startDemoSite();
const ext = await launch(name, { headless: !headed });
// The worker registers its listeners a moment after the browser reports it: give it that moment.
await new Promise((r) => setTimeout(r, 1000));
const page = (await ext.browser.pages())[0] ?? (await ext.browser.newPage());
await page.goto(site.url);
console.log(`Status Lens is loaded in ${name}. Demo page: ${site.url}`);

// Open the popup for the demo tab beside it, as a tab (a script cannot click the toolbar icon).
const popup = await ext.browser.newPage();
await ext.gotoExt(popup, ext.popupUrl('?code=200'));
const tabId = await popup.evaluate(async (url) => {
  const g = /** @type {any} */ (globalThis);
  const tabs = await (g.browser ?? g.chrome).tabs.query({});
  return tabs.find((/** @type {{url?: string}} */ t) => t.url === url)?.id;
}, site.url);
await new Promise((r) => setTimeout(r, 1500));
await ext.gotoExt(popup, ext.popupUrl(`?tabId=${tabId}`));
await popup.waitForSelector('[data-status]', { timeout: 15_000 }).catch(() => {});
const rows = await popup.$$eval('[data-status]', (els) => els.map((e) => `${e.getAttribute('data-status')}  ${e.getAttribute('data-url')}`));
console.log(`The popup lists ${rows.length} records:\n  ${rows.join('\n  ')}`);

if (headed) {
  console.log('Click the Status Lens icon in the toolbar, or use the popup tab. Close the browser to stop.');
  await new Promise((r) => ext.browser.once('disconnected', r));
} else {
  mkdirSync('artifacts', { recursive: true });
  await popup.setViewport({ width: 480, height: 640 });
  await popup.screenshot({ path: 'artifacts/demo-popup.png' });
  console.log('No display: saved artifacts/demo-popup.png. Run with a display for a real browser window.');
  await ext.close();
}
await site.stop();
