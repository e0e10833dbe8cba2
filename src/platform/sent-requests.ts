// Firefox: which recent requests had their headers sent (webRequest.onSendHeaders). Firefox reports
// both a request an extension cancelled (before anything was sent) and the page's own
// EventSource.close() (after) as NS_ERROR_ABORT; only this fact tells them apart (core/blocked.ts;
// measured in test/e2e/blocker-scenario.ts). Chromium names an extension's block itself
// (net::ERR_BLOCKED_BY_CLIENT) and needs none of this.
//
// Per request: one store into a fixed ring of ids (no allocation, no storage write). It is read
// only when an NS_ERROR_ABORT arrives. A request sent more than RING requests before it was
// aborted is forgotten, and then counts as not known to be sent.
const RING = 512; // a power of two: the index wraps with a mask
const ids: string[] = new Array<string>(RING).fill('');
let next = 0;

export function noteSent(requestId: string): void {
  ids[next] = requestId;
  next = (next + 1) & (RING - 1);
}

export function wasSent(requestId: string): boolean {
  return ids.includes(requestId);
}
