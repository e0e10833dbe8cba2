// The devtools_page: loaded while DevTools is open for a tab, never otherwise (so it costs
// nothing to page loads with DevTools closed). It adds the Status Lens panel and captures the
// requests the panel lists, with their bodies (getContent), so they are there when the panel is
// first shown. Kept small: the body parsers and the UI load with the panel, not here.
import { createPanel, harEntries, inspectedTabId, onNavigated, onRequestFinished, type FinishedRequest } from '../platform/devtools';
import { MAX_ITEMS, bodyFrom, bodyPlan, captureOf, finishedInHar, wanted, type Capture } from './capture';
import { channelName, isPanelMessage, type PanelMessage } from './channel';

const tabId = inspectedTabId();
const channel = new BroadcastChannel(channelName(tabId));
const post = (m: PanelMessage) => channel.postMessage(m);
let captures: Capture[] = [];
const seen = new Set<string>();
// A failure the HAR names no error for (Chrome puts one in response._error).
const FALLBACK_ERROR = import.meta.env.BROWSER === 'firefox' ? 'NS_ERROR_FAILURE' : 'net::ERR_FAILED';

async function take(req: FinishedRequest, fromHar = false): Promise<void> {
  const e = req.entry;
  // Every request passes here while DevTools is open: the 2xx path returns at once.
  if (!wanted(e) || (fromHar && !finishedInHar(e))) return;
  const id = `${e.startedDateTime}|${e.request.method}|${e.request.url}`;
  if (seen.has(id)) return;
  seen.add(id);
  const c = captureOf(e, FALLBACK_ERROR);
  const plan = bodyPlan(e);
  if (plan === 'fetch') Object.assign(c, bodyFrom(e, await req.content().catch(() => ({}))));
  else c.noBody = plan;
  captures.push(c);
  if (captures.length > MAX_ITEMS) captures = captures.slice(-MAX_ITEMS);
  post({ type: 'capture', capture: c });
}

/**
 * Chromium 156 does not fire onRequestFinished for some requests that getHAR() lists (seen here:
 * chunked responses the page never read), so what DevTools holds is read again a second after
 * requests finish and whenever the panel asks; `seen` keeps each once, unfinished ones wait.
 */
let reconcileTimer: ReturnType<typeof setTimeout> | undefined;
function reconcileSoon(): void {
  clearTimeout(reconcileTimer);
  reconcileTimer = setTimeout(() => void harEntries().then((list) => list.forEach((r) => void take(r, true)), () => {}), 1000);
}

onRequestFinished((r) => {
  void take(r);
  reconcileSoon();
});
onNavigated((url) => {
  captures = [];
  seen.clear();
  post({ type: 'navigated', url });
});
channel.onmessage = (ev) => {
  if (!isPanelMessage(ev.data)) return;
  if (ev.data.type === 'hello') post({ type: 'snapshot', captures });
  if (ev.data.type === 'hello' || ev.data.type === 'sync') reconcileSoon();
};
// Requests that finished between DevTools opening and this page listening.
reconcileSoon();
// Absolute paths: Firefox resolves them against the devtools page's URL, Chrome against the root.
void createPanel('Status Lens', '/icons/32.png', '/src/devtools/panel.html');
// Listening from here on (what a test waits for before it loads the page under test).
document.documentElement.dataset.capturing = 'true';
