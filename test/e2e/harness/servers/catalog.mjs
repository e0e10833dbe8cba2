// The real servers the e2e tests drive, and the cases each is configured to produce. `made` is
// who wrote the response: the gateway itself ('gateway'), or the application behind it, passed
// on ('application'). `page` is an HTML page served through the product, which the test tab
// loads; the cases are fetched from it, same-origin (so every response keeps its headers).
import { startApache } from './apache.mjs';
import { startApp } from './app.mjs';
import { startCaddy } from './caddy.mjs';
import { startGunicorn } from './gunicorn.mjs';
import { startHaproxy } from './haproxy.mjs';
import { startLighttpd } from './lighttpd.mjs';
import { startNginxGateway } from './nginx-gateway.mjs';
import { startSquid } from './squid.mjs';
import { startVarnish } from './varnish.mjs';

/**
 * @typedef {object} Case
 * @property {string} id e.g. "dead-backend"
 * @property {string} path
 * @property {number} status what the product sends (verified against the real server)
 * @property {'gateway' | 'application' | 'unknown'} made
 * @property {string} [method]
 * @property {false} [seen] the product leaves no trace in the response (HAProxy passing an answer on)
 */

/**
 * @typedef {object} Product
 * @property {string} id producer id Status Lens should name
 * @property {string} label the product's name as Status Lens writes it
 * @property {string} page
 * @property {Case[]} cases
 * @property {(deps: { app: import('./app.mjs').App }) => Promise<import('./process.mjs').Running>} start
 */

/** @type {Product[]} */
export const PRODUCTS = [
  {
    id: 'nginx', label: 'nginx', page: '/page', start: startNginxGateway,
    cases: [
      { id: 'dead-backend', path: '/dead/orders', status: 502, made: 'gateway' },
      { id: 'backend-timeout', path: '/app/slow', status: 504, made: 'gateway' },
      { id: 'auth', path: '/auth/admin', status: 401, made: 'gateway' },
      { id: 'missing-file', path: '/missing.txt', status: 404, made: 'gateway' },
      { id: 'app-error', path: '/app/error', status: 500, made: 'application' },
      { id: 'app-missing', path: '/app/missing', status: 404, made: 'application' },
      { id: 'php-error', path: '/php/error.php', status: 500, made: 'application' },
      { id: 'php-error-quiet', path: '/php-quiet/error.php', status: 500, made: 'application' },
      { id: 'php-fpm-down', path: '/php-down/index.php', status: 502, made: 'gateway' },
    ],
  },
  {
    id: 'apache', label: 'Apache HTTP Server', page: '/page', start: startApache,
    cases: [
      // mod_proxy answers 503 when it cannot connect, and 502 ("Error reading from remote
      // server"), not 504, when the backend does not answer within the ProxyPass timeout.
      { id: 'dead-backend', path: '/dead/orders', status: 503, made: 'gateway' },
      { id: 'backend-timeout', path: '/app/slow', status: 502, made: 'gateway' },
      { id: 'auth', path: '/auth/admin', status: 401, made: 'gateway' },
      { id: 'missing-file', path: '/missing.txt', status: 404, made: 'gateway' },
      { id: 'app-error', path: '/app/error', status: 500, made: 'application' },
    ],
  },
  {
    id: 'haproxy', label: 'HAProxy', page: '/app/page', start: startHaproxy,
    cases: [
      { id: 'dead-backend', path: '/dead/orders', status: 503, made: 'gateway' },
      { id: 'backend-timeout', path: '/app/slow', status: 504, made: 'gateway' },
      { id: 'auth', path: '/auth/admin', status: 401, made: 'gateway' },
      { id: 'app-error', path: '/app/error', status: 500, made: 'application', seen: false },
      { id: 'app-missing', path: '/app/missing', status: 404, made: 'application', seen: false },
    ],
  },
  {
    id: 'varnish', label: 'Varnish', page: '/page', start: startVarnish,
    cases: [
      { id: 'dead-backend', path: '/dead/orders', status: 503, made: 'gateway' },
      { id: 'backend-timeout', path: '/app/slow', status: 503, made: 'gateway' },
      { id: 'app-error', path: '/app/error', status: 500, made: 'application' },
      { id: 'app-missing', path: '/app/missing', status: 404, made: 'application' },
    ],
  },
  {
    id: 'squid', label: 'Squid', page: '/app/page', start: startSquid,
    cases: [
      // Squid 5.7 reports a refused originserver peer as 502 with X-Squid-Error: ERR_READ_ERROR.
      { id: 'dead-backend', path: '/dead/orders', status: 502, made: 'gateway' },
      { id: 'backend-timeout', path: '/app/slow', status: 504, made: 'gateway' },
      { id: 'denied', path: '/denied/orders', status: 403, made: 'gateway' },
      { id: 'app-error', path: '/app/error', status: 500, made: 'application' },
    ],
  },
  {
    id: 'caddy', label: 'Caddy', page: '/page', start: startCaddy,
    cases: [
      { id: 'dead-backend', path: '/dead/orders', status: 502, made: 'gateway' },
      { id: 'backend-timeout', path: '/app/slow', status: 504, made: 'gateway' },
      { id: 'auth', path: '/auth/admin', status: 401, made: 'gateway' },
      { id: 'missing-file', path: '/missing.txt', status: 404, made: 'gateway' },
      { id: 'app-error', path: '/app/error', status: 500, made: 'application' },
    ],
  },
  {
    id: 'lighttpd', label: 'lighttpd', page: '/page', start: startLighttpd,
    cases: [
      { id: 'dead-backend', path: '/dead/orders', status: 503, made: 'gateway' },
      { id: 'auth', path: '/auth/admin', status: 401, made: 'gateway' },
      { id: 'missing-file', path: '/missing.txt', status: 404, made: 'gateway' },
      { id: 'app-error', path: '/app/error', status: 500, made: 'application' },
    ],
  },
  {
    id: 'gunicorn', label: 'Gunicorn', page: '/page', start: () => startGunicorn(),
    cases: [
      // Gunicorn's own page for an exception the application raised carries no Server and no
      // Date header: nothing in the headers names Gunicorn, and Status Lens must say so.
      { id: 'app-crash', path: '/crash', status: 500, made: 'unknown' },
      { id: 'app-error', path: '/error', status: 500, made: 'application' },
      { id: 'app-missing', path: '/missing', status: 404, made: 'application' },
    ],
  },
];

/**
 * Starts the application and every product (in parallel). Each entry gets its origin; stop()
 * stops them all.
 * @param {Product[]} [products]
 */
export async function startAll(products = PRODUCTS) {
  const app = await startApp();
  const settled = await Promise.allSettled(products.map((p) => p.start({ app })));
  const running = settled.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
  const stop = async () => {
    await Promise.all(running.map((r) => r?.stop()));
    await app.stop();
  };
  const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [`${products[i].id}: ${s.reason?.message ?? s.reason}`] : []));
  if (failed.length) {
    await stop();
    throw new Error(`servers did not start:\n${failed.join('\n')}`);
  }
  return {
    app,
    servers: products.map((p, i) => ({ ...p, origin: /** @type {import('./process.mjs').Running} */ (running[i]).origin })),
    stop,
  };
}
