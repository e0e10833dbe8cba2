// One typed map of the messages the popup may send the background. Handlers are looked up by
// name; anything else is rejected.
import type { TabHead } from './head';

export interface Messages {
  /**
   * The tab's freshest state (the in-memory copy, ahead of the last storage flush), as one JSON
   * string (stored-form.ts serializeTab): cloned far faster than the object; fromStored reads it.
   */
  getTab: { request: { tabId: number }; response: string | null };
  /** The first screen only (worst rows and counts): fast to send however long the list is. */
  getTabHead: { request: { tabId: number }; response: TabHead | null };
}

export type MessageName = keyof Messages;
export type Envelope<K extends MessageName = MessageName> = { name: K; request: Messages[K]['request'] };

export function isEnvelope(x: unknown): x is Envelope {
  if (!x || typeof x !== 'object') return false;
  const m = x as { name?: unknown; request?: unknown };
  return (m.name === 'getTab' || m.name === 'getTabHead') && !!m.request && typeof m.request === 'object' && Number.isInteger((m.request as { tabId?: unknown }).tabId);
}

/**
 * Only our own pages may ask: a message from another extension, or from a web page through
 * externally_connectable, carries a different id or a non-extension URL.
 */
export function isOwnSender(sender: { id?: string; url?: string } | undefined, ownId: string, ownOrigin: string): boolean {
  return !!sender && sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}
