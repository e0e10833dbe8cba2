// Two builds from one manifest: `vite build --mode chrome` and `--mode firefox`.
// crxjs rewrites `background` per target (service_worker for Chrome, scripts for Firefox).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifestJson from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

function manifestFor(target: Target): ManifestV3Export {
  // Version comes from package.json so the two never drift.
  const m = structuredClone(manifestJson) as Record<string, unknown>;
  m.version = pkg.version;
  if (target === 'chrome') delete m.browser_specific_settings;
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
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
