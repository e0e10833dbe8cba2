// Runs one real server product in the foreground as a child of the test process, on 127.0.0.1,
// with a config the test wrote into a temp dir. Killed when the test ends or the process exits,
// even on failure; readiness is "answers HTTP on its port".
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @typedef {object} Running
 * @property {string} origin http://127.0.0.1:<port>
 * @property {number} port
 * @property {string} dir its temp dir (config, logs)
 * @property {() => string} output what it printed so far (for failure messages)
 * @property {() => Promise<void>} stop
 */

/** A temp dir every user can write: several servers drop root for their own user. */
export function serverDir(product) {
  const dir = mkdtempSync(join(tmpdir(), `status-lens-${product}-`));
  chmodSync(dir, 0o777);
  return dir;
}

/** The first of `paths` that exists, or an error naming the Debian package to install. */
export function binary(paths, pkg) {
  const found = paths.find((p) => existsSync(p));
  if (!found) throw new Error(`${paths[0]} is missing: apt-get install ${pkg} (see .ci/run)`);
  return found;
}

/**
 * @param {object} o
 * @param {string} o.name product, for messages
 * @param {string} o.bin
 * @param {string[]} o.args
 * @param {number} o.port where it will answer HTTP
 * @param {string} o.dir
 * @param {Record<string, string>} [o.env]
 * @param {number} [o.timeoutMs]
 * @returns {Promise<Running>}
 */
export async function runServer({ name, bin, args, port, dir, env, timeoutMs = 20_000 }) {
  const child = spawn(bin, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  const keep = (d) => { out = (out + d).slice(-8000); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const kill = () => { try { child.kill('SIGKILL'); } catch { /* already gone */ } };
  process.once('exit', kill);
  const origin = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${out}`);
    try {
      await fetch(origin + '/', { signal: AbortSignal.timeout(2000) });
      break;
    } catch {
      if (Date.now() - t0 > timeoutMs) {
        kill();
        throw new Error(`${name} did not answer on ${origin} within ${timeoutMs} ms: ${out}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    port,
    dir,
    output: () => out,
    stop: async () => {
      process.removeListener('exit', kill);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(kill, 3000);
      await gone;
      clearTimeout(t);
    },
  };
}
