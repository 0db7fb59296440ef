// Bundles the CLI, the scan worker, the shop server and the browser bridge's client into dist/ so `npx shootdesk` runs from a checkout without a
// TypeScript loader, and worker threads get plain JavaScript. Dependencies other than jsQR stay in node_modules.
// Splitting keeps what the CLI imports dynamically (sharp, SQLite, the pool, the QR decoder) in
// chunks of their own, loaded only by the commands that need them, so `--help` answers at once.
// Chunks sit beside the entries: the pool finds its worker beside its own module (analyse-pool.ts).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
// Each scan worker loads its libraries as it starts. jsQR ships one CommonJS file that Node must scan
// for its exports and compile on every start (about 120 ms of CPU per worker); bundled, a few.
const BUNDLED = ['jsqr'];
const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter((name) => !BUNDLED.includes(name))
  .flatMap((name) => [name, `${name}/*`]);

const node = await build({
  entryPoints: {
    cli: 'electron/host/cli.ts',
    'analyse-worker': 'electron/core/scan/analyse-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  chunkNames: '[name]-[hash]',
  target: 'node20',
  external,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

// The shop server (bin/shootdesk-server.js), apart from the CLI: nothing of it is shared. Split as
// the CLI is, so `--help` and argument errors answer without loading fastify, tus or a database driver.
const server = await build({
  entryPoints: { server: 'server/src/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  chunkNames: 'server-[name]-[hash]',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  metafile: true,
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

// Chunk names carry a content hash, so each change leaves the last build's chunks behind: drop them.
const built = new Set([...Object.keys(node.metafile.outputs), ...Object.keys(server.metafile.outputs)].map((file) => join(file)));
for (const file of readdirSync('dist')) {
  if (/-[A-Z0-9]{8}\.js(\.map)?$/.test(file) && !built.has(join('dist', file))) rmSync(join('dist', file));
}
