// Bundles the CLI and the scan worker into dist/ so `npx shootdesk` runs from a checkout without a
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
