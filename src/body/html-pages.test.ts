// The parsers over real bodies captured from Debian's servers (test/fixtures/bodies/real) and,
// for products that cannot run here, bodies written from their documented pages.
import { describe, expect, it } from 'vitest';
import { parseBody } from './parse-body';
import { documented, realBody, realIndex } from './fixtures.test-helper';

/** What each real capture must give: producer named by the page (or none), title/heading, debug. */
const EXPECTED: Record<string, { producer?: string; version?: string; title?: string; heading?: string; details?: Record<string, string>; debug?: string; format?: string }> = {
  'nginx-dead-backend.html': { producer: 'nginx', version: '1.22.1', title: '502 Bad Gateway' },
  'nginx-backend-timeout.html': { producer: 'nginx', version: '1.22.1', title: '504 Gateway Time-out' },
  'nginx-auth.html': { producer: 'nginx', title: '401 Authorization Required' },
  'nginx-missing-file.html': { producer: 'nginx', title: '404 Not Found' },
  'nginx-php-fpm-down.html': { producer: 'nginx', title: '502 Bad Gateway' },
  'nginx-app-error.json': { format: 'json-error' },
  'apache-dead-backend.html': { producer: 'apache', title: '503 Service Unavailable', heading: 'Service Unavailable' },
  'apache-backend-timeout.html': { producer: 'apache', title: '502 Proxy Error', heading: 'Proxy Error' },
  'apache-auth.html': { producer: 'apache', title: '401 Unauthorized' },
  'apache-missing-file.html': { producer: 'apache', title: '404 Not Found' },
  'haproxy-dead-backend.html': { producer: 'haproxy', heading: '503 Service Unavailable' },
  'haproxy-backend-timeout.html': { producer: 'haproxy', heading: '504 Gateway Time-out' },
  'haproxy-auth.html': { producer: 'haproxy' },
  'varnish-dead-backend.html': { producer: 'varnish', title: '503 Backend fetch failed', details: { xid: expect.stringMatching(/^\d+$/) as unknown as string } },
  'varnish-backend-timeout.html': { producer: 'varnish' },
  'squid-dead-backend.html': { producer: 'squid', version: '5.7', details: { errorCode: 'ERR_READ_ERROR' } },
  'squid-backend-timeout.html': { producer: 'squid', details: { errorCode: 'ERR_READ_TIMEOUT' } },
  'squid-denied.html': { producer: 'squid', details: { errorCode: 'ERR_ACCESS_DENIED' } },
  'lighttpd-dead-backend.html': { title: '503 Service Unavailable' },
  'gunicorn-app-crash.html': { producer: 'gunicorn', title: 'Internal Server Error' },
  'php-display-errors.html': { debug: 'php' },
};

describe('real error pages from Debian servers', () => {
  const index = realIndex();
  it('the captures cover every product the suite runs', () => {
    expect(new Set(index.map((f) => f.product))).toEqual(new Set(['nginx', 'apache', 'haproxy', 'varnish', 'squid', 'caddy', 'lighttpd', 'gunicorn', 'php']));
    for (const f of index) expect(Object.values(f.packages).every((v) => v && v !== 'unknown'), f.file).toBe(true);
  });

  for (const f of index) {
    it(`${f.file} (${f.status} from ${f.product}: ${f.made.split(' (')[0]})`, () => {
      const e = parseBody({ text: realBody(f.file), contentType: f.contentType });
      const want = EXPECTED[f.file];
      if (!want) {
        // The application's JSON passed on, and Caddy's empty bodies: no producer from the page.
        expect(e.producer).toBeUndefined();
        expect(e.debug).toBeUndefined();
        return;
      }
      expect(e.producer?.id).toBe(want.producer);
      if (want.version) expect(e.producer?.version).toBe(want.version);
      if (want.details) expect(e.producer?.details).toMatchObject(want.details);
      const fields = Object.fromEntries(e.message?.fields ?? []);
      if (want.title) expect(fields.title).toBe(want.title);
      if (want.heading) expect(fields.heading).toBe(want.heading);
      if (want.format) expect(e.message?.format).toBe(want.format);
      expect(e.debug?.kind).toBe(want.debug);
    });
  }
});

describe('vendor pages written from their documented formats', () => {
  const html = (file: string) => parseBody({ text: documented(file), contentType: 'text/html' });

  it('Cloudflare: the 52x code and the Ray ID', () => {
    const e = html('cloudflare-522.html');
    expect(e.producer).toMatchObject({ id: 'cloudflare', details: { rayId: '8a1b2c3d4e5f6789', errorCode: '522' } });
  });
  it('IIS detailed error: substatus and HRESULT', () => {
    const e = html('iis-detailed-500-19.html');
    expect(e.producer).toMatchObject({ id: 'iis', version: '10.0', details: { substatus: '500.19', hresult: '0x8007000d' } });
  });
  it('Tomcat and Jetty name themselves with a version', () => {
    expect(html('tomcat-404.html').producer).toMatchObject({ id: 'tomcat', version: '9.0.82' });
    expect(html('jetty-404.html').producer).toMatchObject({ id: 'jetty', version: '9.4.53.v20231009' });
  });
  it.each([
    ['django-debug.html', 'django'],
    ['rails-debug.html', 'rails'],
    ['laravel-debug.html', 'laravel'],
    ['express-debug.html', 'express'],
  ])('%s: debug output is public (%s)', (file, kind) => {
    expect(html(file).debug?.kind).toBe(kind);
  });
  it('an ordinary error page is not called debug output', () => {
    expect(html('tomcat-404.html').debug).toBeUndefined();
    expect(html('cloudflare-522.html').debug).toBeUndefined();
  });
});

describe('stack traces in plain text', () => {
  const debug = (text: string) => parseBody({ text, contentType: 'text/plain' }).debug;
  it('Python, Java, Node, .NET, Ruby', () => {
    expect(debug('Traceback (most recent call last):\n  File "/srv/app/views.py", line 12, in orders\n')?.kind).toBe('python');
    expect(debug('java.lang.IllegalStateException: x\n\tat com.shop.Orders.load(Orders.java:42)\n\tat com.shop.Api.get(Api.java:10)\n')?.kind).toBe('java');
    expect(debug('TypeError: x is undefined\n    at load (/srv/app/orders.js:3:9)\n    at main (/srv/app/index.js:10:1)\n')?.kind).toBe('node');
    expect(debug('System.Exception: x\n   at Shop.Orders.Load() in C:\\src\\Orders.cs:line 42\n   at Shop.Api.Get() in C:\\src\\Api.cs:line 7\n')?.kind).toBe('dotnet');
    expect(debug("/srv/app/models/order.rb:12:in `load'\n/srv/app/app.rb:3:in `block in <main>'\n")?.kind).toBe('ruby');
  });
  it('a single quoted frame or prose mentioning "at" is not a trace', () => {
    expect(debug('Meet us at the conference (room 4)')).toBeUndefined();
    expect(debug('    at load (/srv/app/orders.js:3:9)')).toBeUndefined();
  });
});
