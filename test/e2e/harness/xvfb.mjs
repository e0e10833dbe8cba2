// A virtual display for headful browsers (DevTools needs a window): Debian's Xvfb, started by
// the test itself on a display number it picks (-displayfd), so `npm test` needs no wrapper and
// CI needs only the xvfb package. Tied to the test process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** @returns {Promise<{ display: string, stop(): Promise<void> }>} */
export async function startXvfb() {
  if (process.env.DISPLAY && !process.env.STATUS_LENS_OWN_XVFB) return { display: process.env.DISPLAY, stop: async () => {} };
  if (!existsSync('/usr/bin/Xvfb')) throw new Error('/usr/bin/Xvfb is missing: apt-get install xvfb (see .ci/run)');
  const child = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const kill = () => { try { child.kill('SIGKILL'); } catch { /* gone */ } };
  process.once('exit', kill);
  let err = '';
  child.stderr?.on('data', (d) => { err = (err + d).slice(-4000); });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const fd3 = /** @type {import('node:stream').Readable} */ (child.stdio[3]);
    fd3.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err}`)));
    setTimeout(() => reject(new Error(`Xvfb gave no display in 15 s: ${err}`)), 15_000);
  });
  return {
    display: /** @type {string} */ (display),
    stop: async () => {
      process.removeListener('exit', kill);
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
  };
}
