// The DevTools APIs (devtools_page and panel only). Used directly, not through
// webextension-polyfill: the polyfill does not wrap the Request objects onRequestFinished hands
// over, whose getContent takes a callback in Chrome and returns a promise in Firefox.
import type { HarEntry } from '../devtools/har-types';

interface DevtoolsRequest extends HarEntry {
  getContent(callback?: (content: string | null, encoding: string) => void): Promise<[string | null, string]> | void;
}

interface DevtoolsApi {
  inspectedWindow: { tabId: number };
  network: {
    onRequestFinished: { addListener(cb: (r: DevtoolsRequest) => void): void };
    onNavigated: { addListener(cb: (url: string) => void): void };
    getHAR(callback?: (har: { entries: DevtoolsRequest[] }) => void): Promise<{ entries: DevtoolsRequest[] }> | void;
  };
  panels: { create(title: string, icon: string, page: string, callback?: (panel: unknown) => void): Promise<unknown> | void };
}

function api(): DevtoolsApi {
  const g = globalThis as unknown as { browser?: { devtools?: DevtoolsApi }; chrome?: { devtools?: DevtoolsApi } };
  const d = g.browser?.devtools ?? g.chrome?.devtools;
  if (!d) throw new Error('devtools API unavailable outside DevTools');
  return d;
}

/** A callback-or-promise API as a promise (Chrome calls back, Firefox resolves). */
function either<T>(call: (cb: (v: T) => void) => Promise<T> | void): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      const p = call(resolve);
      if (p && typeof (p as Promise<T>).then === 'function') (p as Promise<T>).then(resolve, reject);
    } catch (e) {
      reject(e);
    }
  });
}

export const inspectedTabId = (): number => api().inspectedWindow.tabId;

export function createPanel(title: string, icon: string, page: string): Promise<unknown> {
  return either((cb) => api().panels.create(title, icon, page, cb));
}

export interface FinishedRequest {
  entry: HarEntry;
  /** The body as text (base64 bodies are not text: undefined), or undefined when the browser gives none. */
  content(): Promise<{ text?: string; encoding?: string }>;
}

/**
 * How long getContent may take. Chromium 156 never answers it for a chunked response the page
 * left unread (DevTools never sees it finish; seen in the e2e): such requests get no body.
 */
const CONTENT_MS = 3000;

function finished(r: DevtoolsRequest): FinishedRequest {
  return {
    entry: r,
    content: () => Promise.race([
      either<[string | null, string] | string | null>((cb) => r.getContent((c, enc) => cb([c, enc]))),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), CONTENT_MS)),
    ])
      .then((v) => {
        const [text, encoding] = Array.isArray(v) ? v : [v, ''];
        return { text: typeof text === 'string' ? text : undefined, encoding: encoding || undefined };
      }),
  };
}

export function onRequestFinished(cb: (r: FinishedRequest) => void): void {
  api().network.onRequestFinished.addListener((r) => cb(finished(r)));
}

export function onNavigated(cb: (url: string) => void): void {
  api().network.onNavigated.addListener(cb);
}

/**
 * What DevTools already holds, for requests onRequestFinished did not report. Only entries whose
 * body can be asked for (Chrome's): Firefox's getHAR() entries have no getContent, and taking
 * one there would shadow the onRequestFinished that brings its body a moment later.
 */
export async function harEntries(): Promise<FinishedRequest[]> {
  const har = await either<{ entries: DevtoolsRequest[] }>((cb) => api().network.getHAR(cb));
  return (har?.entries ?? []).filter((e) => typeof e.getContent === 'function').map(finished);
}

/** The extension's version, for the HAR's creator. */
export function extensionVersion(): string {
  const g = globalThis as unknown as { chrome?: { runtime?: { getManifest?(): { version?: string } } } };
  return g.chrome?.runtime?.getManifest?.().version ?? '0';
}
