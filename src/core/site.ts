// "This site or a third party": a request belongs to the page's own site when both hosts share a
// registrable domain (example.co.uk for shop.example.co.uk). The exact rule needs the Public
// Suffix List; the npm package that bundles it (tldts) is 136 KB minified, twice the popup's
// whole first screen, so this is a compact approximation: the last two labels, or three under a
// two-letter country code whose second level is a generic one (co, com, org...), and a short list
// of well-known hosting suffixes under which each customer is a site of its own. IP addresses and
// single-label hosts are their own site. Wrong answers are rare and only move a row between the
// "this site" and "third parties" groups; nothing is hidden by it.
import { hostOf } from './options';

const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'mil', 'nic', 'ltd', 'plc', 'sch', 'nhs', 'gv', 'biz', 'info', 'web', 'in', 'id', 'my']);

/** Hosting suffixes where each subdomain is a different customer (from the PSL's private part). */
const PRIVATE_SUFFIXES = [
  'github.io', 'gitlab.io', 'herokuapp.com', 'vercel.app', 'netlify.app', 'pages.dev', 'workers.dev', 'web.app',
  'firebaseapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net', 'blogspot.com', 'fly.dev', 'onrender.com',
  'glitch.me', 's3.amazonaws.com', 'amplifyapp.com', 'wordpress.com', 'myshopify.com',
];

export function siteOfHost(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === '' || h.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  for (const suffix of PRIVATE_SUFFIXES) {
    if (h.endsWith('.' + suffix)) {
      const rest = h.slice(0, -suffix.length - 1).split('.');
      return `${rest[rest.length - 1]}.${suffix}`;
    }
  }
  const tld = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  const take = tld.length === 2 && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

export function siteOf(url: string): string {
  return siteOfHost(hostOf(url));
}

/** Whether `url` goes to a site other than the page's; false when the page is unknown. */
export function isThirdParty(url: string, pageUrl: string): boolean {
  if (!pageUrl) return false;
  const page = siteOf(pageUrl);
  return page !== '' && siteOf(url) !== page;
}
