// Who wrote an HTML error page, from what each product prints on its own pages. Each signature
// was read off a real page (test/fixtures/bodies/real/, Debian 12 packages) or, for products that
// cannot run here, off the vendor's documented page (test/fixtures/bodies/documented/).
// Searches are indexOf on the lower-cased page; versions and ids are short bounded runs.
import type { BodyProducer } from './types';
import { plainText } from './markup';
import { quoteText } from './limits';

interface Page {
  text: string;
  lower: string;
}

type Signature = (p: Page) => BodyProducer | undefined;

/** A short run of version characters right after `marker` (bounded: no backtracking). */
function versionAfter(p: Page, marker: string): string | undefined {
  const at = p.lower.indexOf(marker);
  if (at < 0) return undefined;
  const m = /^[0-9][0-9A-Za-z._-]{0,30}/.exec(p.text.slice(at + marker.length, at + marker.length + 32));
  return m?.[0];
}

function quoteAround(p: Page, at: number, length: number): string {
  return quoteText(p.text.slice(at, at + length), 120);
}

function producer(id: BodyProducer['id'], name: string, evidence: string, details: Record<string, string> = {}, version?: string): BodyProducer {
  return version ? { id, name, evidence, details, version } : { id, name, evidence, details };
}

const nginx: Signature = (p) => {
  // "<hr><center>nginx/1.22.1</center>" (server_tokens on) or "<center>nginx</center>".
  for (const [id, name] of [['openresty', 'OpenResty'], ['nginx', 'nginx']] as const) {
    const at = p.lower.indexOf(`<center>${id}`);
    if (at < 0) continue;
    const end = p.lower.indexOf('</center>', at);
    if (end < 0 || end - at > 60) continue;
    return producer(id, name, quoteAround(p, at, end + 9 - at), {}, versionAfter(p, `<center>${id}/`));
  }
  return undefined;
};

// Apache httpd's own pages: the <address> signature when ServerSignature is on, else its
// canonical sentences (the same in every 2.4 release).
const APACHE_PHRASES = [
  'the requested url was not found on this server',
  'the proxy server received an invalid',
  'the server is temporarily unable to service your',
  'this server could not verify that you',
  'you don\'t have permission to access this resource',
  'the server encountered an internal error or',
  'the proxy server did not receive a timely response',
];
const apache: Signature = (p) => {
  const addr = p.lower.indexOf('<address>apache');
  if (addr >= 0) return producer('apache', 'Apache HTTP Server', quoteAround(p, addr + 9, 60), {}, versionAfter(p, '<address>apache/'));
  const flat = p.lower.replace(/\s+/g, ' ');
  const phrase = APACHE_PHRASES.find((s) => flat.includes(s));
  return phrase ? producer('apache', 'Apache HTTP Server', phrase) : undefined;
};

const HAPROXY_PHRASES = [
  'no server is available to handle this request',
  'the server didn\'t respond in time',
  'the server returned an invalid or incomplete response',
  'your browser sent an invalid request',
  'you need a valid user and password to access this content',
  'request forbidden by administrative rules',
  'you sent too many requests in a given amount of time',
];
const haproxy: Signature = (p) => {
  // HAProxy's built-in pages are one line "<html><body><h1>NNN …</h1>" and a sentence.
  if (!p.lower.startsWith('<html><body><h1>')) return undefined;
  const phrase = HAPROXY_PHRASES.find((s) => p.lower.includes(s));
  return phrase ? producer('haproxy', 'HAProxy', phrase) : undefined;
};

const varnish: Signature = (p) => {
  const guru = p.lower.indexOf('guru meditation');
  const footer = p.lower.indexOf('varnish cache server');
  if (guru < 0 && footer < 0) return undefined;
  const details: Record<string, string> = {};
  const xid = /XID:\s{0,5}(\d{1,20})/.exec(p.text.slice(guru < 0 ? 0 : guru, (guru < 0 ? 0 : guru) + 200));
  if (xid) details.xid = xid[1];
  const fetch = p.lower.indexOf('backend fetch failed');
  const evidence = fetch >= 0 ? 'Backend fetch failed' : guru >= 0 ? 'Guru Meditation' : 'Varnish cache server';
  return producer('varnish', 'Varnish', evidence, details);
};

const squid: Signature = (p) => {
  // "<body id=ERR_READ_ERROR>", "<!-- ERR_READ_ERROR -->", footer "(squid/5.7)".
  const sq = p.lower.indexOf('(squid/');
  const body = p.text.indexOf('<body id=ERR_');
  const comment = p.text.indexOf('<!-- ERR_');
  if (sq < 0 && body < 0 && comment < 0) return undefined;
  const details: Record<string, string> = {};
  const at = body >= 0 ? body + 9 : comment >= 0 ? comment + 5 : -1;
  const code = at >= 0 ? /^ERR_[A-Z_]{2,40}/.exec(p.text.slice(at, at + 45))?.[0] : undefined;
  if (code) details.errorCode = code;
  const version = versionAfter(p, '(squid/');
  return producer('squid', 'Squid', code ?? quoteAround(p, sq, 20), details, version);
};

const cloudflare: Signature = (p) => {
  if (!p.lower.includes('cloudflare')) return undefined;
  const details: Record<string, string> = {};
  const ray = p.lower.indexOf('ray id:');
  if (ray >= 0) {
    const m = /([0-9a-f]{16})/.exec(plainText(p.text.slice(ray, ray + 120)));
    if (m) details.rayId = m[1];
  }
  const err = /error(?: code)?\s{0,3}(5\d\d|10\d\d)/.exec(p.lower.replace(/<[^<>]{0,200}>/g, ' ').replace(/\s+/g, ' '));
  if (err) details.errorCode = err[1];
  if (!details.rayId && !details.errorCode) return undefined;
  return producer('cloudflare', 'Cloudflare', err ? `Error ${err[1]}` : 'Cloudflare Ray ID', details);
};

const iis: Signature = (p) => {
  // Detailed errors: "<title>IIS 10.0 Detailed Error - 500.19 - Internal Server Error</title>",
  // "HTTP Error 500.19", a row "Error Code  0x8007000d".
  const at = p.lower.indexOf('detailed error - ');
  const httpErr = p.lower.indexOf('http error ');
  if (at < 0 && !(httpErr >= 0 && p.lower.includes('iis'))) return undefined;
  const details: Record<string, string> = {};
  const sub = /(\d{3})\.(\d{1,3})/.exec(p.text.slice(at >= 0 ? at : httpErr, (at >= 0 ? at : httpErr) + 40));
  if (sub) details.substatus = `${sub[1]}.${sub[2]}`;
  const codeRow = p.lower.indexOf('error code</th>');
  if (codeRow >= 0) {
    const hr = /0x[0-9a-f]{8}/i.exec(p.text.slice(codeRow, codeRow + 200));
    if (hr) details.hresult = hr[0].toLowerCase();
  }
  const version = at >= 0 ? /iis\s{0,2}(\d{1,2}\.\d)/.exec(p.lower.slice(Math.max(0, at - 20), at))?.[1] : undefined;
  return producer('iis', 'Microsoft IIS', details.substatus ? `HTTP Error ${details.substatus}` : 'IIS Detailed Error', details, version);
};

const tomcat: Signature = (p) => {
  const at = p.lower.indexOf('<h3>apache tomcat');
  if (at < 0) return undefined;
  return producer('tomcat', 'Apache Tomcat', quoteAround(p, at + 4, 30), {}, versionAfter(p, '<h3>apache tomcat/'));
};

const jetty: Signature = (p) => {
  const at = p.lower.indexOf('powered by jetty://');
  if (at < 0) return undefined;
  const v = /^\s{0,3}([0-9][0-9A-Za-z._-]{0,40})/.exec(p.text.slice(at + 19, at + 64))?.[1];
  return producer('jetty', 'Eclipse Jetty', 'Powered by Jetty://', {}, v);
};

const gunicorn: Signature = (p) => {
  // Gunicorn's own error page puts a <p> inside the <h1>: "<h1><p>Internal Server Error</p></h1>".
  const at = p.lower.indexOf('<h1><p>');
  return at >= 0 && p.lower.length < 2000 ? producer('gunicorn', 'Gunicorn', quoteAround(p, at, 50)) : undefined;
};

// Most specific first: a Cloudflare page may quote the origin's software; the CDN is the author.
const SIGNATURES: readonly Signature[] = [cloudflare, squid, varnish, haproxy, iis, tomcat, jetty, nginx, apache, gunicorn];

export function htmlProducer(text: string, lower: string): BodyProducer | undefined {
  const page = { text, lower };
  for (const s of SIGNATURES) {
    const found = s(page);
    if (found) return found;
  }
  return undefined;
}
