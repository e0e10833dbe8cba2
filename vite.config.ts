// Two builds from one manifest: `vite build --mode chrome` and `--mode firefox`.
// crxjs rewrites `background` per target (service_worker for Chrome, scripts for Firefox).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifestJson from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

// The popup's first screen, in as few files as its module graph allows, its storage reads first.
// Every file the popup loads costs a round trip to the extension's resource loader (about 1-2 ms
// each, measured): the default chunking gave the first screen 15 files. Instead, three chunks:
// 'core', what the popup shares with the background (which must never load UI code);
// 'first-read', the rest of what first-read.ts needs; 'popup', the rest of the first screen.
// The page loads them as module scripts in that order, so first-read.ts runs, and its storage
// reads start, while the larger popup chunk is still loading. Views opened later stay in their
// own lazy chunks.
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

function staticClosure(ctx: ModuleGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const BACKGROUND = source('./src/background.ts');
const POPUP = source('./src/popup/index.html');
const FIRST_READ = source('./src/popup/first-read.ts');
const OPTIONS = source('./src/options/index.html');

type FirstScreenChunk = 'core' | 'ui' | 'first-read' | 'popup';

/** Which of the first screen's chunks a module belongs in (null: not the first screen's). */
function firstScreenChunkOf(): (id: string, ctx: ModuleGraph) => FirstScreenChunk | null {
  let graphs: Record<'bg' | 'options' | 'first' | 'popup', Set<string>> | undefined;
  return (id, ctx) => {
    graphs ??= {
      bg: staticClosure(ctx, BACKGROUND), options: staticClosure(ctx, OPTIONS),
      first: staticClosure(ctx, FIRST_READ), popup: staticClosure(ctx, POPUP),
    };
    if (!graphs.popup.has(id)) return null;
    if (graphs.bg.has(id)) return 'core';
    // Shared with the options page, which must not load (and run) the popup's own modules.
    if (graphs.options.has(id)) return 'ui';
    return graphs.first.has(id) ? 'first-read' : 'popup';
  };
}

/**
 * One group per chunk, most shared first: a group also takes its modules' dependencies, so the
 * higher priority keeps what the background or the options page needs out of the popup's own.
 */
function firstScreenGroups() {
  const chunkOf = firstScreenChunkOf();
  const order: FirstScreenChunk[] = ['core', 'ui', 'first-read', 'popup'];
  return order.map((name, i) => ({
    name: (id: string, ctx: ModuleGraph) => (chunkOf(id, ctx) === name ? name : null),
    debugName: name,
    priority: order.length - i,
  }));
}

function manifestFor(target: Target): ManifestV3Export {
  // Version comes from package.json so the two never drift.
  const m = structuredClone(manifestJson) as Record<string, unknown>;
  m.version = pkg.version;
  if (target === 'chrome') delete m.browser_specific_settings;
  // Firefox warns about devtools_page at install unless its permission is optional: the panel
  // asks for it when first wanted (no new install-time permission; Chrome shows no warning).
  if (target === 'firefox') m.optional_permissions = ['devtools'];
  return m as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
    define: { 'import.meta.env.BROWSER': JSON.stringify(target) },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        // The DevTools panel is no manifest key (devtools.ts creates it): its page is an input.
        input: { panel: source('./src/devtools/panel.html') },
        output: { codeSplitting: { groups: firstScreenGroups() } },
      },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
