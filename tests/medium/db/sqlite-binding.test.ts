import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-db.js';
import { lockJob } from '../../../electron/core/jobs/job-lock.js';

const NODE_BUILD = resolve(import.meta.dirname, '..', '..', '..', 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

describe('the SQLite addon named by SHOOTDESK_SQLITE_BINDING (the desktop app names its Electron build)', () => {
  const work = mkdtempSync(join(tmpdir(), 'shootdesk-binding-'));
  afterEach(() => {
    delete process.env.SHOOTDESK_SQLITE_BINDING;
  });

  it('is the one the database and the job locks are opened with', () => {
    process.env.SHOOTDESK_SQLITE_BINDING = join(work, 'no-such-build', 'better_sqlite3.node');
    expect(() => openDatabase(join(work, 'a.sqlite'))).toThrow(/no-such-build/);
    expect(() => lockJob(join(work, 'c.sqlite'), 'Spring')).toThrow(/no-such-build/);

    process.env.SHOOTDESK_SQLITE_BINDING = NODE_BUILD;
    const db = openDatabase(join(work, 'b.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
    rmSync(work, { recursive: true, force: true });
  });
});
