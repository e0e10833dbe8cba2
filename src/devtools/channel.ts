// The devtools page (which lives as long as DevTools is open and captures every request) and the
// panel (loaded only when shown) talk over a BroadcastChannel of the inspected tab: both are
// pages of the extension's own origin, in Chrome and in Firefox.
import type { Capture } from './capture';

export type PanelMessage =
  | { type: 'hello' }
  /** The panel, while shown, asks the devtools page to look for requests it missed. */
  | { type: 'sync' }
  | { type: 'snapshot'; captures: Capture[] }
  | { type: 'capture'; capture: Capture }
  | { type: 'navigated'; url: string };

export const channelName = (tabId: number): string => `status-lens-devtools-${tabId}`;

export function isPanelMessage(m: unknown): m is PanelMessage {
  const type = (m as { type?: unknown } | null)?.type;
  return type === 'hello' || type === 'sync' || type === 'snapshot' || type === 'capture' || type === 'navigated';
}
