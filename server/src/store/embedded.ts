import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Stores } from './stores.js';
import { fileBlobStore } from './files.js';
import { sqliteRepository } from './sqlite/sqlite-repository.js';

/** The default storage: one SQLite file and a folder of uploads, both in the data folder. */
export function embeddedStores(dataDir: string): Stores {
  mkdirSync(join(dataDir, 'uploads'), { recursive: true });
  return { repository: sqliteRepository(join(dataDir, 'shootdesk-server.sqlite')), blobs: fileBlobStore(join(dataDir, 'uploads')) };
}
