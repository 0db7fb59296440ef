import type { Db } from '../db/open-db.js';

export interface SyncSettings {
  server: string;
  token: string;
}

export type UploadSize = 'original' | 'resized';

/** How the desktop app syncs by itself: kept in the store, so they outlast a restart. */
export interface SyncPreferences {
  /** Photos uploaded at once. */
  parallel: number;
  uploadSize: UploadSize;
  /** She paused the sync: nothing is sent until she resumes it. */
  paused: boolean;
}

/**
 * Keeps the token with the OS keychain: the desktop app passes Electron's safeStorage in. The
 * command line and the browser bridge run in plain Node, which has no keychain to ask, so there the
 * token is stored as given, in the store in the user-data folder, readable only by its user.
 * Asynchronous because the desktop app's core runs in a process of its own and asks the main
 * process, which alone holds safeStorage.
 */
export interface TokenSeal {
  seal(token: string): Promise<string>;
  open(sealed: string): Promise<string>;
}

/** The token in the form it is kept in: sealed when a keychain is at hand, else as given. */
export interface KeptToken {
  token: string;
  sealed: boolean;
}

export const DEFAULT_PREFERENCES: SyncPreferences = { parallel: 2, uploadSize: 'original', paused: false };

const KEYS = ['sync.server', 'sync.token', 'sync.token.sealed', 'sync.parallel', 'sync.uploadSize', 'sync.paused'] as const;
type Key = (typeof KEYS)[number];

function readAll(db: Db): Partial<Record<Key, string>> {
  const rows = db.prepare(`SELECT key, value FROM settings WHERE key IN (${KEYS.map(() => '?').join(', ')})`).all(...KEYS) as { key: Key; value: string }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/** The shop's address, which may be shown anywhere (the token never is). */
export function syncServer(db: Db): string | null {
  return readAll(db)['sync.server'] ?? null;
}

/**
 * The shop this store syncs to, kept after the first use so the next sync needs no flags; null
 * until one was given. Throws, saying what to do, when the token is there but cannot be read here.
 */
export async function syncSettings(db: Db, seal?: TokenSeal): Promise<SyncSettings | null> {
  const saved = readAll(db);
  const server = saved['sync.server'];
  if (server === undefined) return null;
  const sealed = saved['sync.token.sealed'];
  if (sealed !== undefined) {
    if (!seal) throw new Error('the shop token was saved by the desktop app in the OS keychain, which this command cannot read: give the token once more (--token)');
    try {
      return { server, token: await seal.open(sealed) };
    } catch (error) {
      throw new Error('the saved shop token cannot be read back from the OS keychain (another user, or a new keychain): set the token again in the sync settings', { cause: error });
    }
  }
  const token = saved['sync.token'];
  return token === undefined ? null : { server, token };
}

export async function keepToken(token: string, seal?: TokenSeal): Promise<KeptToken> {
  return seal ? { token: await seal.seal(token), sealed: true } : { token, sealed: false };
}

/** Saves the shop's address and the token as keepToken made it; one form of the token is ever kept. */
export function saveSyncSettings(db: Db, server: string, kept: KeptToken): void {
  const save = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const drop = db.prepare('DELETE FROM settings WHERE key = ?');
  const [key, dropped] = kept.sealed ? (['sync.token.sealed', 'sync.token'] as const) : (['sync.token', 'sync.token.sealed'] as const);
  db.transaction(() => {
    save.run('sync.server', server);
    save.run(key, kept.token);
    drop.run(dropped);
  })();
}

export function syncPreferences(db: Db): SyncPreferences {
  const saved = readAll(db);
  const parallel = Number(saved['sync.parallel']);
  return {
    parallel: Number.isInteger(parallel) && parallel >= 1 ? parallel : DEFAULT_PREFERENCES.parallel,
    uploadSize: saved['sync.uploadSize'] === 'resized' ? 'resized' : DEFAULT_PREFERENCES.uploadSize,
    paused: saved['sync.paused'] === '1',
  };
}

export function saveSyncPreferences(db: Db, preferences: Partial<SyncPreferences>): void {
  const save = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    if (preferences.parallel !== undefined) save.run('sync.parallel', String(preferences.parallel));
    if (preferences.uploadSize !== undefined) save.run('sync.uploadSize', preferences.uploadSize);
    if (preferences.paused !== undefined) save.run('sync.paused', preferences.paused ? '1' : '0');
  })();
}
