// "Copy as cURL" pasted into real shells (Debian's bash, zsh and fish, and the real curl) against a
// local server, with hostile URLs a page could make the browser request: each command must send
// exactly one request, to the intended path, and run nothing else (no file appears). Each shell
// reads the line twice: as `-c` gives it, and as an interactive session reads typed or pasted
// input (history expansion on: `!!` is live there).
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curlCommand } from '../../src/diagnosis/curl-command';

const SHELLS = ['bash', 'zsh', 'fish'];
const which = (b: string) => { try { return execFileSync('sh', ['-c', `command -v ${b}`], { encoding: 'utf8' }).trim(); } catch { return ''; } };

// Each would create a file named PWNED* in the working directory if any part ran as a command.
const PATHS = [
  "/';touch PWNED1;'",
  '/$(touch PWNED2)',
  '/`touch PWNED3`',
  '/a;touch PWNED4;b',
  '/x?a&touch PWNED5&b',
  "/x#';touch PWNED6;'",
  '/x?id=[1-100000]',
  '/{a,b}',
  '/a|touch PWNED7',
  '/a\\";touch PWNED8;"',
  "/x#\\';touch PWNED14;'",
  '/\u2018;touch PWNED9;\u2019',
  '/a b;touch PWNED10',
  '/caf\u00e9/\u{1F600}',
  "/';\ntouch PWNED11\n'",
  '/$HOME/${IFS}touch${IFS}PWNED12',
  "/!!/!-1/'!touch PWNED13'",
];

/**
 * Runs `cmd` in `shell` without blocking this process (the test server answers in it). Interactive:
 * `shell -i` reads the line from its standard input, a file (fish refuses a socket there).
 */
function run(shell: string, cmd: string, cwd: string, interactive = false): Promise<{ status: number | null; stdout: string; stderr: string }> {
  let input: number | 'ignore' = 'ignore';
  let inputDir = '';
  if (interactive) {
    inputDir = mkdtempSync(join(tmpdir(), 'status-lens-curl-input-'));
    writeFileSync(join(inputDir, 'line'), cmd + '\n');
    input = openSync(join(inputDir, 'line'), 'r');
  }
  return new Promise((resolve) => {
    // No proxy: the request must reach the local server. TERM: fish asks for one when interactive.
    const env = { ...process.env, HOME: cwd, ZDOTDIR: cwd, XDG_CONFIG_HOME: join(cwd, '.config'), XDG_DATA_HOME: join(cwd, '.local'), TERM: 'dumb', http_proxy: '', HTTP_PROXY: '', all_proxy: '', ALL_PROXY: '' };
    const child = spawn(shell, interactive ? ['-i'] : ['-c', cmd], { cwd, env, stdio: [input, 'pipe', 'pipe'] });
    if (typeof input === 'number') {
      closeSync(input);
      rmSync(inputDir, { recursive: true, force: true });
    }
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
  });
}

describe('Copy as cURL in real shells', () => {
  let server: Server;
  let origin = '';
  const seen: string[] = [];

  beforeAll(async () => {
    for (const b of [...SHELLS, 'curl']) if (!which(b)) throw new Error(`${b} is not installed (see .ci/run)`);
    server = createServer((req, res) => { seen.push(req.url ?? ''); res.writeHead(404); res.end('nope'); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  for (const shell of SHELLS) for (const interactive of [false, true]) {
    it(`${shell}${interactive ? ' (interactive)' : ''}: one request per command, to the page's path, and nothing else runs`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `status-lens-curl-${shell}-`));
      try {
        for (const path of PATHS) {
          const url = origin + path;
          const cmd = curlCommand({ method: 'GET', url });
          seen.length = 0;
          const r = await run(shell, cmd, dir, interactive);
          // An interactive shell's status is its last command's; prompts and job-control notes go to stderr.
          expect(r.status, `${shell} ${JSON.stringify(path)}: ${r.stderr}`).toBe(0);
          expect(r.stdout, path).toMatch(/HTTP\/1\.1 404/);
          expect(seen, path).toHaveLength(1);
          // The server got the page's path, percent-encoded, without its fragment.
          const sent = decodeURIComponent(seen[0]);
          const expected = new URL(url);
          expect(sent, path).toBe(decodeURIComponent(expected.pathname + expected.search));
          expect(readdirSync(dir).filter((f) => f.startsWith('PWNED')), `${shell} ran part of ${JSON.stringify(path)}`).toEqual([]);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }

  it('catches what the old quoting let through: a backslash before a quote breaks out in fish', async () => {
    // The previous command quoted the URL as POSIX '…' with ' written '\''. fish reads \' inside
    // '…' as an escaped quote, so a fragment like #a\';touch PWNED;echo \' ran touch. Built here the old
    // way, to show the test above would have caught it.
    const dir = mkdtempSync(join(tmpdir(), 'status-lens-curl-old-'));
    try {
      const url = `${origin}/x#a\\';touch PWNED;echo \\'`;
      const old = `curl -s -o /dev/null '${url.replace(/'/g, "'\\''")}'`;
      await run('fish', old, dir);
      expect(readdirSync(dir)).toContain('PWNED');
      const now = await run('fish', curlCommand({ method: 'GET', url }), dir);
      expect(now.status).toBe(0);
      expect(readdirSync(dir).filter((f) => f.startsWith('PWNED'))).toEqual(['PWNED']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
