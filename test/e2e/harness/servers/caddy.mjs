// Caddy: file_server's own 404 for a missing file (Caddy serving, not proxying), basicauth's
// 401, reverse_proxy's own 502 for a dead upstream and 504 past the response header timeout;
// the application's 500 passed on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../ports.mjs';
import { binary, runServer, serverDir } from './process.mjs';

/** @param {{ app: import('./app.mjs').App }} deps */
export async function startCaddy({ app }) {
  const bin = binary(['/usr/bin/caddy'], 'caddy');
  const dir = serverDir('caddy');
  mkdirSync(join(dir, 'html'));
  writeFileSync(join(dir, 'html', 'index.html'), '<!doctype html><title>caddy</title>');
  const [port, dead] = await Promise.all([freePort(), freePort()]);
  // basicauth takes a bcrypt hash: "test", from `caddy hash-password --plaintext test`. The
  // tests never send credentials, so the cost is never paid.
  writeFileSync(join(dir, 'Caddyfile'), `{
  admin off
  auto_https off
  storage file_system ${dir}/data
}
http://127.0.0.1:${port} {
  root * ${dir}/html
  handle /page {
    rewrite * /app/page?{query}
    reverse_proxy 127.0.0.1:${app.port}
  }
  handle /app/* {
    reverse_proxy 127.0.0.1:${app.port} {
      transport http {
        response_header_timeout 1s
      }
    }
  }
  handle /dead/* {
    reverse_proxy 127.0.0.1:${dead}
  }
  handle /auth/* {
    basicauth {
      test $2a$14$RLilcEMd/MqEUw8uLYtxK.tN2bmPgaxsQHLbgakLs1uowbo.83dYe
    }
    file_server
  }
  handle {
    file_server
  }
}
`);
  return runServer({ name: 'caddy', bin, args: ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], port, dir, env: { HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir } });
}
