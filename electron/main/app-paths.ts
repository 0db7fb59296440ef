import path from 'node:path';
import { cacheDirOf, defaultDbPath } from '../core/app/user-data.js';
import { APP_INDEX_URL } from './app-page-path.js';
import type { AppOrigin } from './sender-guard.js';

/** Core's files live in the user-data folder, never beside the photos (WAL fails on NAS shares); the CLI uses the same. */
export function resolveDataPaths(userData: string): { dbPath: string; cacheDir: string } {
  return { dbPath: defaultDbPath(userData), cacheDir: cacheDirOf(userData) };
}

export interface RendererLocation {
  preloadPath: string;
  /** What the window loads: the dev server's page, or the built page over the app's own scheme. */
  url: string;
  /** The built page's folder, served over the app's scheme; none when the dev server serves it. */
  rendererDir: string | null;
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
    return { preloadPath, url: devServerUrl, rendererDir: null, appOrigin: { kind: 'dev-server', origin: new URL(devServerUrl).origin } };
  }
  return { preloadPath, url: APP_INDEX_URL, rendererDir: path.join(mainDir, '../renderer'), appOrigin: { kind: 'app-scheme' } };
}

/**
 * better-sqlite3 built for Electron (scripts/electron-native.mjs): shipped beside app.asar in a
 * package (electron-builder.yml's extraResources), in the checkout's electron-native/ otherwise.
 */
export function sqliteBindingPath(mainDir: string, resourcesPath: string, packaged: boolean): string {
  const folder = packaged ? path.join(resourcesPath, 'electron-native') : path.join(mainDir, '..', '..', 'electron-native');
  return path.join(folder, 'better_sqlite3.node');
}
