#!/usr/bin/env node
// `npm run screenshots`: the README's pictures, taken from the real extension in headless
// Chromium against the demo page: the list, a detail and the compare view, light and dark.
import { mkdirSync } from 'node:fs';
import { launch } from '../e2e/harness/browsers.mjs';
import { startDemoSite } from './demo-site.mjs';

const OUT = 'test/screenshots';
mkdirSync(OUT, { recursive: true });
const site = await startDemoSite();
const ext = await launch('chromium');
await new Promise((r) => setTimeout(r, 1000));
const page = await ext.browser.newPage();
await page.goto(site.url);
const popup = await ext.browser.newPage();
await ext.gotoExt(popup, ext.popupUrl('?code=200'));
const tabId = await popup.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, site.url);
await new Promise((r) => setTimeout(r, 2000));

for (const theme of ['light', 'dark']) {
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  await popup.setViewport({ width: 480, height: 600, deviceScaleFactor: 1 });
  await ext.gotoExt(popup, ext.popupUrl(`?tabId=${tabId}`));
  await popup.waitForSelector('[data-status="502"]');
  await popup.screenshot({ path: `${OUT}/popup-list-${theme}.png` });
  await popup.click('[data-status="502"]');
  await popup.waitForSelector('[data-kb-code="502"]');
  await new Promise((r) => setTimeout(r, 200));
  await popup.screenshot({ path: `${OUT}/popup-detail-${theme}.png` });
  await popup.setViewport({ width: 800, height: 600, deviceScaleFactor: 1 });
  await ext.gotoExt(popup, ext.popupUrl('?compare=202,502'));
  await popup.waitForSelector('[data-compare]');
  await popup.screenshot({ path: `${OUT}/popup-compare-${theme}.png` });
}
console.log(`screenshots written to ${OUT}/`);
await ext.close();
await site.stop();
