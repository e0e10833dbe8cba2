// The background reads storage.session only when it starts, so a seeded tab list reaches the
// popup only after a restart. Chromium: stop the service worker (CDP ServiceWorker.stopAllWorkers);
// the next message starts it again. Firefox: launched with a short idle timeout, the event page
// is suspended once nothing talks to it; wait for that.
import type { Page } from 'puppeteer-core';
import { backgroundTab } from './ext-page';
import type { BenchBrowser } from './launch';
import { sleep } from './stats';

/** Firefox pref: suspend an idle event page after this many ms (default 30 s). */
export const FIREFOX_IDLE_PREFS = { 'extensions.background.idle.timeout': 1000 };

async function stopChromiumWorker(ext: BenchBrowser): Promise<void> {
  const page = await ext.browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((res) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string; scriptURL: string }[] }) => {
      if (e.versions.some((v) => v.scriptURL.startsWith(ext.extOrigin) && v.runningStatus === 'stopped')) res();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, sleep(5000)]);
  await page.close();
}

/** Restart the background until it holds `expected` records for `tabId`; returns the attempts made. */
export async function reloadBackgroundState(ext: BenchBrowser, extPage: Page, tabId: number, expected: number): Promise<number> {
  for (let attempt = 1; attempt <= 20; attempt++) {
    if (ext.kind === 'chromium') await stopChromiumWorker(ext);
    else await sleep(3000);
    const held = await backgroundTab(extPage, tabId).catch(() => null);
    if (held?.records === expected) return attempt;
  }
  throw new Error(`the ${ext.kind} background never picked up the seeded tab ${tabId}`);
}
