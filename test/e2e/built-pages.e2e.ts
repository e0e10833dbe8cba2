// What the build wrote, read from dist/ (npm run build first, as for every e2e test): the service
// worker's static import graph holds no UI code (a worker that evaluated the popup's modules hung
// once), and the popup's first screen is its own script (plus vite's preload helper) with its
// stylesheet inlined, loaded by no other page (each more file
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

  it('loads the popup as its own script and vite\'s preload helper, its stylesheet inlined, nothing else before the first frame', () => {
    const html = readFileSync(join(dir, manifest().action.default_popup), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((m) => m[1]);
    const own = scripts.filter((s) => /\/popup-[\w-]+\.js$/.test(s));
    expect(own).toHaveLength(1);
    // The preload helper is shared with the DevTools panel's lazy imports (vite.config.ts).
    expect(scripts.filter((s) => !own.includes(s)).every((s) => /\/preload-helper-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.length).toBeLessThanOrEqual(2);
    expect(html).not.toMatch(/<link[^>]+rel="(?:stylesheet|modulepreload)"/);
    expect(html).toMatch(/<style>[^<]*\.row-item/);
    expect([...staticGraph(dir, own[0])].sort()).toEqual([...scripts].sort());
  });

  it('lets no other page load the popup\'s chunk, whose top level renders the popup', () => {
    const html = readFileSync(join(dir, manifest().action.default_popup), 'utf8');
    const own = [...html.matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((m) => m[1]).find((s) => /\/popup-[\w-]+\.js$/.test(s))!;
    const pages = ['src/devtools/panel.html', 'src/devtools/devtools.html', manifest().options_ui.page];
    for (const page of pages) {
      const entries = [...readFileSync(join(dir, page), 'utf8').matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((m) => m[1]);
      const graph = new Set(entries.flatMap((e) => [...staticGraph(dir, e)]));
      expect([...graph], page).not.toContain(own);
    }
  });
});
