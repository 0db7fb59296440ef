import type Database from 'better-sqlite3';

/**
 * better-sqlite3's options with the addon for this runtime. Node loads the package's own build (the
 * CLI, the tests); the desktop app's core process runs on Electron's ABI and is told where the
 * Electron build is (electron-native/, made by scripts/electron-native.mjs) through
 * SHOOTDESK_SQLITE_BINDING by the process that starts it.
 */
export function sqliteOptions(options: Database.Options = {}): Database.Options {
  const nativeBinding = process.env.SHOOTDESK_SQLITE_BINDING;
  return nativeBinding ? { ...options, nativeBinding } : options;
}
