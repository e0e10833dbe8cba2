// What a copied report says about the browser: the user agent's product and version.
export function browserLabel(): string {
  const ua = navigator.userAgent;
  const m = /(Firefox|Edg|OPR|Chrome|Chromium)\/([\d.]+)/.exec(ua);
  const name = m ? ({ Edg: 'Edge', OPR: 'Opera' } as Record<string, string>)[m[1]] ?? m[1] : 'Browser';
  return m ? `${name} ${m[2]}` : ua;
}
