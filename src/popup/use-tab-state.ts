// The tab's records, kept live while the popup is open.
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../core/types';
import { activeTabId, readTab, watchTab } from '../platform/tabs';

export type TabLoad =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'ready'; tabId: number; state: TabState | null }
  | { status: 'failed'; message: string };

export function useTabState(explicitTabId: number | undefined): TabLoad {
  const [load, setLoad] = useState<TabLoad>({ status: 'loading' });
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    (async () => {
      const tabId = explicitTabId ?? (await activeTabId());
      if (cancelled) return;
      if (tabId === undefined) return setLoad({ status: 'no-tab' });
      stop = watchTab(tabId, (state) => setLoad({ status: 'ready', tabId, state }));
      const state = await readTab(tabId);
      if (!cancelled) setLoad((prev) => (prev.status === 'ready' && prev.state ? prev : { status: 'ready', tabId, state }));
    })().catch((e: unknown) => !cancelled && setLoad({ status: 'failed', message: String(e) }));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [explicitTabId]);
  return load;
}
