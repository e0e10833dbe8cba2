// The floor: the same webRequest events, filters and extraInfoSpec as Status Lens
// (src/platform/web-request.ts), with listeners that do nothing. What a page load costs with this
// extension is what any webRequest-based inspector pays; Status Lens's own cost is the rest.
const ALL = { urls: ['<all_urls>'] };
const MAIN_FRAMES = { urls: ['<all_urls>'], types: ['main_frame'] };
const api = globalThis.browser ?? globalThis.chrome;

api.webRequest.onBeforeRequest.addListener(() => {}, MAIN_FRAMES);
api.webRequest.onResponseStarted.addListener(() => {}, ALL, ['responseHeaders']);
api.webRequest.onBeforeRedirect.addListener(() => {}, ALL, ['responseHeaders']);
api.webRequest.onErrorOccurred.addListener(() => {}, ALL);
