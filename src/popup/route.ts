// What the popup shows first, from its URL. These parameters are a stable contract (tests and
// links rely on them): ?tabId=N, ?code=NNN, ?compare=A,B, ?error=NAME.
export type Route =
  | { view: 'list'; tabId?: number }
  | { view: 'code'; code: string }
  | { view: 'error'; name: string }
  | { view: 'compare'; a: string; b: string }
  | { view: 'bad-param'; param: string; value: string };

export function routeFromSearch(search: string): Route {
  const p = new URLSearchParams(search);
  const code = p.get('code');
  if (code !== null) return { view: 'code', code: code.trim() };
  const error = p.get('error');
  if (error !== null) return { view: 'error', name: error.trim() };
  const compare = p.get('compare');
  if (compare !== null) {
    const [a, b, ...rest] = compare.split(',').map((s) => s.trim());
    if (!a || !b || rest.length) return { view: 'bad-param', param: 'compare', value: compare };
    return { view: 'compare', a, b };
  }
  const tab = p.get('tabId');
  if (tab !== null) {
    const tabId = Number(tab);
    if (!Number.isInteger(tabId) || tabId < 0) return { view: 'bad-param', param: 'tabId', value: tab };
    return { view: 'list', tabId };
  }
  return { view: 'list' };
}
