import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

// Output layout (electron/main/app-paths.ts relies on it):
//   out/main/index.js       ESM main process (+ core-process.js, analyse-worker.js and shared chunks, side by side)
//   out/preload/index.cjs   sandboxed preload
//   out/renderer/index.html the page, loaded over file:// when packaged

export default defineConfig({
  main: {
    build: {
      // Every package.json dependency stays a runtime import from node_modules. That is what
      // the native ones need (better-sqlite3 and sharp load .node binaries, piscina spawns the
      // core's worker file from dist/, zxing-wasm loads its .wasm), and asarUnpack in
      // electron-builder.yml keeps those files on disk. jsQR is bundled instead: as a package, each
      // scan worker would scan its one CommonJS file for exports and compile it on every start.
      externalizeDeps: { exclude: ['jsqr'] },
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // Core's own process (electron/main/fork-core.ts starts it beside index.js): it owns the
          // database and runs sorts, reports and sync, so the main process never waits on them.
          'core-process': resolve('electron/host/core-process.ts'),
          // Core looks for its piscina worker beside its own (here: bundled) module, so the
          // worker is built next to index.js rather than taken from the CLI's dist/.
          'analyse-worker': resolve('electron/core/scan/analyse-worker.ts'),
        },
        // Chunks beside the entries, not in chunks/: core loads the pool lazily (its own chunk),
        // and the pool looks for the worker beside that chunk.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but 'electron' and must be CommonJS, so zod
      // and the contract are bundled into the one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    build: {
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
