// Gunicorn (Debian's gunicorn on Debian's python3) serving a small WSGI application directly:
// the application's 404/500, and Gunicorn's own 500 when the application raises.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../ports.mjs';
import { FETCH_CASES } from './app.mjs';
import { binary, runServer, serverDir } from './process.mjs';

const WSGI = `
SCRIPT = ${JSON.stringify(FETCH_CASES)}

def app(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if path.endswith('/crash'):
        raise RuntimeError('the application raised')
    if path.endswith('/error'):
        start_response('500 Internal Server Error', [('Content-Type', 'application/json')])
        return [b'{"error": "database unavailable"}']
    if path.endswith('/missing'):
        start_response('404 Not Found', [('Content-Type', 'application/json')])
        return [b'{"error": "no such order"}']
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'), ('Cache-Control', 'no-store')])
    return [b'<!doctype html><title>gunicorn</title><script>%s</script>' % SCRIPT.encode()]
`;

export async function startGunicorn() {
  const bin = binary(['/usr/bin/gunicorn'], 'gunicorn');
  const dir = serverDir('gunicorn');
  writeFileSync(join(dir, 'wsgiapp.py'), WSGI);
  const port = await freePort();
  return runServer({
    name: 'gunicorn', bin, port, dir,
    args: ['--chdir', dir, '--bind', `127.0.0.1:${port}`, '--workers', '1', '--log-level', 'warning', 'wsgiapp:app'],
    // Debian's gunicorn runs on Debian's python3 (/usr/bin/python3), whatever python is first on PATH.
    env: { PYTHONDONTWRITEBYTECODE: '1' },
  });
}
