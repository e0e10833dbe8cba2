// Two builds from one manifest: `vite build --mode chrome` and `--mode firefox`.
// crxjs rewrites `background` per target (service_worker for Chrome, scripts for Firefox).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifestJson from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

// The popup's first screen in one file, its stylesheet inlined in its page. Every file an
// extension page loads costs a round trip to the browser's extension resource loader before the
// first frame (the default chunking gave the first screen 15 files; a shared-chunk scheme, 4 JS
// and a stylesheet). Rolldown puts a module two pages share in a chunk both load, and the popup
// shared its core with the background and its UI with the options page. So the popup gets its
// own copy of every module it imports: resolved with a `?popup` tag they are distinct modules, and
// one chunk group gathers all its first screen imports statically. The background never loads a
// tagged module (nothing it imports is tagged), so it never evaluates UI code. Views opened later
// stay in lazy chunks, which import what they share with the first screen from the popup's chunk.
const POPUP_COPY = '?popup';
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const POPUP = source('./src/popup/index.html');
/** What the popup's copy imports instead (see src/platform/native-browser.ts). */
const POPUP_SUBSTITUTES: Record<string, string> = { 'webextension-polyfill': source('./src/platform/native-browser.ts') };

function popupOwnCopies(): Plugin {
  return {
    name: 'status-lens:popup-own-copies',
    enforce: 'pre',
    apply: 'build',
    async resolveId(id, importer, options) {
      if (!importer || !(importer === POPUP || importer.endsWith(POPUP_COPY))) return null;
      if (POPUP_SUBSTITUTES[id]) return POPUP_SUBSTITUTES[id] + POPUP_COPY;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      // Only code is copied: data (JSON), virtual modules and ids with a query of their own
      // (?url, ?inline) are left as they are.
      if (!resolved || resolved.external || !/^[^\0?]+\.(?:[cm]?[jt]s|[jt]sx)$/.test(resolved.id)) return resolved;
      return { ...resolved, id: resolved.id + POPUP_COPY };
    },
  };
}

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The popup's first screen: every module its page imports statically, in one chunk. */
function popupFirstScreen() {
  let closure: Set<string> | undefined;
  return {
    name: (id: string, ctx: ModuleGraph) => {
      if (!closure) {
        closure = new Set();
        const stack = [POPUP];
        while (stack.length) {
          const m = stack.pop()!;
          if (closure.has(m)) continue;
          closure.add(m);
          stack.push(...(ctx.getModuleInfo(m)?.importedIds ?? []));
        }
      }
      // Stylesheets are shared with the options page (and inlined: inlinePopupCss). Vite's
      // preload helper (a virtual module, not copied) is shared with the DevTools panel's lazy
      // imports: in the popup's chunk it made the panel load, and run, the popup's whole first
      // screen, so it goes to a small chunk of its own.
      return closure.has(id) && !id.endsWith('.css') && !id.startsWith('\0') ? 'popup' : null;
    },
    debugName: 'popup',
    // The closure is complete already; taken with their dependencies, the stylesheets would come too.
    includeDependenciesRecursively: false,
  };
}

/**
 * Stylesheets' module stubs in a chunk of their own, which vite drops (it holds CSS only). Left
 * to rolldown, the stub both pages import went into the popup's chunk, and the options page would
 * then have loaded (and run) the popup's code. One stylesheet for both pages: the popup inlines
 * the options page's few rules with its own.
 */
const STYLESHEETS = { name: 'styles', test: /\.css$/ };

/** The popup's stylesheet inlined into its page: the CSP restricts scripts, not styles. */
function inlinePopupCss(): Plugin {
  return {
    name: 'status-lens:inline-popup-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.path.endsWith('/popup/index.html') || !ctx.bundle) return html;
        const bundle = ctx.bundle;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const css = bundle[file];
          return css?.type === 'asset' ? `<style>${String(css.source)}</style>` : tag;
        });
      },
    },
  };
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
    plugins: [popupOwnCopies(), preact(), crx({ manifest: manifestFor(target), browser: target }), inlinePopupCss()],
    define: { 'import.meta.env.BROWSER': JSON.stringify(target) },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Every browser this supports has modulepreload: the polyfill would be one more file.
      modulePreload: { polyfill: false },
      // Entry chunks may take in what they share (their exports are for nobody).
      rolldownOptions: {
        // The DevTools panel is no manifest key (devtools.ts creates it): its page is an input.
        input: { panel: source('./src/devtools/panel.html') },
        preserveEntrySignatures: false,
        output: { codeSplitting: { groups: [popupFirstScreen(), STYLESHEETS] } },
      },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
