// Bundles the CLI, the scan worker and the browser bridge's client into dist/ so `npx shootdesk` runs from a checkout without a
// TypeScript loader, and worker threads get plain JavaScript. Dependencies stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: {
    cli: 'electron/host/cli.ts',
    'analyse-worker': 'electron/core/scan/analyse-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// The browser bridge's client: what Electron's preload does, for a plain browser page.
await build({
  entryPoints: { 'bridge-client': 'renderer/bridge/bridge-client.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
});
