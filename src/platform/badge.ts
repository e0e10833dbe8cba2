// Paints the toolbar badge for a tab. Called from the batched flush, never per request.
import { badgeFor } from '../core/badge';
import type { Options } from '../core/options';
import type { TabState } from '../core/types';
import { browser } from './browser';

export async function paintBadge(tabId: number, state: TabState | undefined, options: Options): Promise<void> {
  const b = badgeFor(state, options);
  const title = b.text
    ? `Status Lens: ${b.responses} non-2xx response${b.responses === 1 ? '' : 's'}, ${b.failures} network failure${b.failures === 1 ? '' : 's'}`
    : 'Status Lens';
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: b.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: b.color }),
      browser.action.setTitle({ tabId, title }),
      browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    ]);
  } catch {
    // The tab closed between the event and the flush: nothing to paint.
  }
}
