// What the build wrote, read from dist/ (npm run build first, as for every e2e test): the service
// worker's static import graph holds no UI code (a worker that evaluated the popup's modules hung
// once), and the popup's first screen is one script with its stylesheet inlined (each more file
// costs a round trip before the first frame; see vite.config.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');

/** Files a module loads statically (`import … from "./x.js"`, `import "./x.js"`), recursively. */
function staticGraph(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    staticGraph(dir, join(dirname(file), m[1]).replace(/^\/+/, ''), seen);
  }
  return seen;
}

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const dir = join(DIST, target);
  const manifest = () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('exists (npm run build)', () => {
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });

  it('gives the background no UI code: no module of its graph touches the document', () => {
    const bg = manifest().background;
    const entry: string = bg.service_worker ?? bg.scripts[0];
    const graph = staticGraph(dir, entry);
    expect(graph.size).toBeGreaterThan(1);
    const ui = [...graph].filter((f) => /\bdocument\./.test(readFileSync(join(dir, f), 'utf8')));
    expect(ui).toEqual([]);
  });

  it('loads the popup as one script, its stylesheet inlined, nothing else before the first frame', () => {
    const html = readFileSync(join(dir, manifest().action.default_popup), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(html).not.toMatch(/<link[^>]+rel="(?:stylesheet|modulepreload)"/);
    expect(html).toMatch(/<style>[^<]*\.row-item/);
    expect([...staticGraph(dir, scripts[0])]).toEqual(scripts);
  });
});
