import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheDirOf, defaultDbPath } from '../core/app/user-data.js';
import type { AppOrigin } from './sender-guard.js';

/** Core's files live in the user-data folder, never beside the photos (WAL fails on NAS shares); the CLI uses the same. */
export function resolveDataPaths(userData: string): { dbPath: string; cacheDir: string } {
  return { dbPath: defaultDbPath(userData), cacheDir: cacheDirOf(userData) };
}

export interface RendererLocation {
  preloadPath: string;
  /** What the window loads: the dev server's URL, or the built index file. */
  load: { url: string } | { file: string };
  appOrigin: AppOrigin;
}

/**
 * Where the built main bundle finds its preload and page (see electron.vite.config.ts for
 * the out/ layout). The dev server URL is honoured only when unpackaged, so an environment
 * variable can never point an installed app at another server.
 */
export function resolveRendererLocation(mainDir: string, devServerUrl: string | undefined): RendererLocation {
  const preloadPath = path.join(mainDir, '../preload/index.cjs');
  if (devServerUrl) {
    return { preloadPath, load: { url: devServerUrl }, appOrigin: { kind: 'dev-server', origin: new URL(devServerUrl).origin } };
  }
  const indexFile = path.join(mainDir, '../renderer/index.html');
  return { preloadPath, load: { file: indexFile }, appOrigin: { kind: 'file', indexUrl: pathToFileURL(indexFile).href } };
}
