// The panel's data, live: the devtools page's captures (over the tab's BroadcastChannel) and
// the background's records for the tab (storage), merged by store.ts.
import { useEffect, useState } from 'preact/hooks';
import { readTab, watchTab } from '../platform/tabs';
import type { TabState } from '../core/types';
import { channelName, isPanelMessage, type PanelMessage } from './channel';
import { addCapture, emptyPanel, withBackground, type PanelData } from './store';

/** The background's list, when it is of the page the panel shows. */
function merge(d: PanelData, s: TabState | null): PanelData {
  return s && (d.pageUrl === '' || s.pageUrl === d.pageUrl) ? withBackground(d, s) : d;
}

export function usePanelData(tabId: number): PanelData {
  const [data, setData] = useState<PanelData>(() => emptyPanel());
  useEffect(() => {
    let background: TabState | null = null;
    const channel = new BroadcastChannel(channelName(tabId));
    channel.onmessage = (ev: MessageEvent<unknown>) => {
      const m = ev.data;
      if (!isPanelMessage(m)) return;
      if (m.type === 'snapshot') setData((d) => merge(m.captures.reduce(addCapture, emptyPanel(d.pageUrl)), background));
      else if (m.type === 'capture') setData((d) => addCapture(d, m.capture));
      else if (m.type === 'navigated') setData(() => emptyPanel(m.url));
    };
    channel.postMessage({ type: 'hello' } satisfies PanelMessage);
    // While the panel is in view, the devtools page looks again for requests it was not told of.
    const sync = setInterval(() => {
      if (document.visibilityState === 'visible') channel.postMessage({ type: 'sync' } satisfies PanelMessage);
    }, 2000);
    const onState = (s: TabState | null) => {
      background = s;
      setData((d) => merge(d, s));
    };
    const stop = watchTab(tabId, onState);
    void readTab(tabId).then(onState, () => {});
    return () => {
      clearInterval(sync);
      channel.close();
      stop();
    };
  }, [tabId]);
  return data;
}
