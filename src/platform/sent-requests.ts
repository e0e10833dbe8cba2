// Firefox: which recent requests had their headers sent (webRequest.onSendHeaders). Firefox reports
// both a request an extension cancelled (before anything was sent) and the page's own
// EventSource.close() (after) as NS_ERROR_ABORT; only this fact tells them apart (core/blocked.ts;
// measured in test/e2e/blocker-scenario.ts). Chromium names an extension's block itself
// (net::ERR_BLOCKED_BY_CLIENT) and needs none of this.
//
// Only fetch/XHR/EventSource requests are noted (web-request.ts filters the listener by type): they
// are the only ones measured to end in NS_ERROR_ABORT after being sent, every other ordinary abort
// is NS_BINDING_ABORTED, and a listener on every request cost Firefox's page loads several per cent
// (an A/B on the 1,200-image page of the page-load benchmark). Per noted request: one store into a
// fixed ring of ids (no allocation, no storage write); read only when an NS_ERROR_ABORT arrives. A
// request sent more than RING such requests before it was aborted is forgotten, and then counts as
// not known to be sent, like a request of another type.
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
