import type { Db } from '../db/open-db.js';

export interface SyncSettings {
  server: string;
  token: string;
}

/**
 * The shop this store syncs to, kept after the first use so the next `sync` needs no flags. The
 * token is stored as given: plain Node has no keychain (the desktop app keeps its own copy in the
 * OS keychain).
 */
export function syncSettings(db: Db): SyncSettings | null {
  const rows = db.prepare(`SELECT key, value FROM settings WHERE key IN ('sync.server', 'sync.token')`).all() as { key: string; value: string }[];
  const value = (key: string): string | undefined => rows.find((row) => row.key === key)?.value;
  const server = value('sync.server');
  const token = value('sync.token');
  return server === undefined || token === undefined ? null : { server, token };
}

export function saveSyncSettings(db: Db, settings: SyncSettings): void {
  const save = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    save.run('sync.server', settings.server);
    save.run('sync.token', settings.token);
  })();
}
