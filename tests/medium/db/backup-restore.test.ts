import Database from 'better-sqlite3';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { lockJob } from '../../../electron/core/jobs/job-lock.js';
import { migrate, SCHEMA_VERSION } from '../../../electron/core/db/migrations/index.js';
import { handleCall } from '../../../shared/api/derive.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

type Rows = Record<string, unknown[]>;

/** Every row of every table, each scanned in its key order: what "the same database" means here. */
function dump(file: string): Rows {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).all()]));
  } finally {
    db.close();
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('database backup and restore', () => {
  let work: string;
  let dataDir: string;
  let dbPath: string;
  let shoot: ShootManifest;
  let core: Core;
  let backup: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-backup-'));
    dataDir = join(work, 'data');
    dbPath = join(dataDir, 'shootdesk.sqlite');
    mkdirSync(join(work, 'backups'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 11, subjects: 3, photosPerSubject: [2, 3] });
    core = createCore({ dbPath, cacheDir: join(dataDir, 'cache'), userDataDir: dataDir, emit: () => undefined });
    await core.handlers['sort.run']({ folder: shoot.root, job: 'Spring' });
    // Big enough that the online backup takes several steps, with other work between them.
    for (let round = 0; round < 3; round += 1) await core.handlers['spares.add']({ job: 'Spring', count: 1000 });
  }, 180_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it('copies the database whole while tagging writes to it: the copy is the database as it stood after one of those writes', async () => {
    backup = join(work, 'backups', 'Spring backup.sqlite');
    const pages = new Database(dbPath, { readonly: true }).pragma('page_count', { simple: true }) as number;
    expect(pages).toBeGreaterThan(250);
    const states = [dump(dbPath)];
    let finished = false;
    const copying = core.handlers['db.backup']({ file: backup }).finally(() => (finished = true));
    // One write between each of the backup's steps (it copies 100 pages a turn of the event loop).
    while (!finished) {
      await core.handlers['spares.add']({ job: 'Spring', count: 1 });
      states.push(dump(dbPath));
      await nextTurn();
    }
    expect(await copying).toEqual({ file: backup });
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    const copied = dump(backup);
    const asOf = states.findIndex((state) => JSON.stringify(state) === JSON.stringify(copied));
    // Not the state before the first write: writes made while it copied are in it, whole.
    expect(asOf).toBeGreaterThan(1);
    expect(readdirSync(join(work, 'backups'))).toEqual(['Spring backup.sqlite']);
  });

  it('refuses to write a backup into a photo folder, and writes nothing there', async () => {
    const before = readdirSync(shoot.root).sort();
    await expect(core.handlers['db.backup']({ file: join(shoot.root, 'backup.sqlite') })).rejects.toThrow(
      `${join(shoot.root, 'backup.sqlite')} is inside the photo folder ${shoot.root}: Shootdesk never writes where the originals are; save the backup elsewhere`,
    );
    await expect(core.handlers['db.backup']({ file: join(work, 'backups', 'notes.txt') })).rejects.toThrow(/notes\.txt: name the backup file with \.sqlite or \.db at the end/);
    expect(readdirSync(shoot.root).sort()).toEqual(before);
  });

  it('restores the backup over later changes, keeps the replaced database beside it, and goes on working', async () => {
    const saved = dump(backup);
    await core.handlers['jobs.rename']({ name: 'Spring', to: 'Spring renamed' });
    await core.handlers['sort.run']({ folder: mkdtempSync(join(work, 'empty-')), job: 'Autumn' });
    const changed = dump(dbPath);

    const restored = await core.handlers['db.restore']({ file: backup });
    expect(restored).toEqual({ kept: expect.stringMatching(/^.+\/shootdesk before restore \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.sqlite$/) as string, fromVersion: SCHEMA_VERSION, version: SCHEMA_VERSION });
    expect(dump(dbPath)).toEqual(saved);
    expect(dump(restored.kept)).toEqual(changed);
    expect((await core.handlers['jobs.list']({})).map((job) => job.name)).toEqual(['Spring']);
    await core.handlers['jobs.rename']({ name: 'Spring', to: 'Spring again' });
    expect((await core.handlers['jobs.list']({})).map((job) => job.name)).toEqual(['Spring again']);
    await core.handlers['jobs.rename']({ name: 'Spring again', to: 'Spring' });

    const second = await core.handlers['db.restore']({ file: backup });
    expect(second.kept).not.toBe(restored.kept);
    expect(existsSync(restored.kept)).toBe(true);
  });

  it('brings an older backup’s schema up to date', async () => {
    const old = join(work, 'backups', 'version-8.sqlite');
    const db = new Database(old);
    migrate(db, old, 8);
    db.exec(`INSERT INTO jobs (id, name, created_at) VALUES (1, 'Old shoot', '2025-06-01T09:00:00.000Z')`);
    db.close();
    const restored = await core.handlers['db.restore']({ file: old });
    expect(restored).toMatchObject({ fromVersion: 8, version: SCHEMA_VERSION });
    const live = new Database(dbPath, { readonly: true });
    expect(live.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    live.close();
    expect((await core.handlers['jobs.list']({})).map((job) => job.name)).toEqual(['Old shoot']);
    await core.handlers['db.restore']({ file: backup });
  });

  it('says which database library, SQLite and schema it runs with, for the About box', async () => {
    const pinned = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies['better-sqlite3'];
    expect(await core.handlers['db.versions']({})).toEqual({ betterSqlite3: pinned, sqlite: expect.stringMatching(/^3\.\d+\.\d+$/) as string, schema: SCHEMA_VERSION });
  });

  describe('refuses a file that is not a restorable Shootdesk database, naming it, and leaves the database as it was', () => {
    const bad: Array<[string, (file: string) => void, RegExp]> = [
      ['a text file', (file) => writeFileSync(file, 'First Name;Last Name;Class\n'.repeat(200)), /is not a Shootdesk database \(another kind of file\): choose a Shootdesk backup$/],
      ['a truncated backup', (file) => writeFileSync(file, readFileSync(backup).subarray(0, Math.floor(readFileSync(backup).length / 2))), /is damaged \(truncated or corrupt\): restore another backup$/],
      [
        'a backup from a newer Shootdesk',
        (file) => {
          copyFileSync(backup, file);
          const db = new Database(file);
          db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
          db.close();
        },
        new RegExp(`was written by a newer Shootdesk \\(schema ${SCHEMA_VERSION + 1}, this app knows ${SCHEMA_VERSION}\\): update Shootdesk to restore it$`),
      ],
      [
        'another program’s SQLite database',
        (file) => {
          const db = new Database(file);
          db.exec('CREATE TABLE notes (text TEXT); PRAGMA user_version = 3');
          db.close();
        },
        /is not a Shootdesk database \(another program's, or empty\): choose a Shootdesk backup$/,
      ],
      ['a file that is not there', () => undefined, /does not exist: choose the backup file to restore$/],
    ];
    it.each(bad)('%s', async (_name, make, why) => {
      const file = join(work, 'backups', `refused-${Math.random().toString(36).slice(2)}.sqlite`);
      make(file);
      const before = dump(dbPath);
      const around = readdirSync(dataDir).sort();
      const error = await core.handlers['db.restore']({ file }).then(
        () => null,
        (thrown: unknown) => thrown as Error,
      );
      expect(error?.message.startsWith(file)).toBe(true);
      expect(error?.message).toMatch(why);
      expect(dump(dbPath)).toEqual(before);
      expect(readdirSync(dataDir).sort()).toEqual(around);
    });

    it('the database in use itself', async () => {
      await expect(core.handlers['db.restore']({ file: dbPath })).rejects.toThrow(`${dbPath} is the database in use: choose a backup of it`);
    });
  });

  it('refuses with the error code busy while a folder is watched, another Shootdesk sorts a job, or a sync runs', async () => {
    const kept = (): string[] => readdirSync(dataDir).filter((name) => name.includes('before restore'));
    const keptBefore = kept();
    await core.handlers['watch.start']({ folder: shoot.root, job: 'Spring' });
    try {
      expect(await handleCall(core.handlers, 'db.restore', { file: backup })).toEqual({
        ok: false,
        error: { code: 'busy', message: `cannot restore while watching ${shoot.root}: stop it or let it finish, then restore` },
      });
    } finally {
      await core.handlers['watch.stop']({});
    }
    const elsewhere = lockJob(dbPath, 'spring');
    try {
      expect(await handleCall(core.handlers, 'db.restore', { file: backup })).toEqual({
        ok: false,
        error: { code: 'busy', message: 'cannot restore while job "Spring" is being sorted or deleted by another Shootdesk; let it finish, then restore' },
      });
    } finally {
      elsewhere?.release();
    }
    // A shop that takes the connection and never answers: the sync waits on it.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const syncing = core.handlers['sync.run']({ server: `http://127.0.0.1:${port}`, token: 'token-of-the-shop' }).catch((error: unknown) => error);
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await handleCall(core.handlers, 'db.restore', { file: backup })).toEqual({
        ok: false,
        error: { code: 'busy', message: 'cannot restore while a sync is running: stop it or let it finish, then restore' },
      });
    } finally {
      await core.handlers['sync.cancel']({});
      await syncing;
      silent.closeAllConnections();
      silent.close();
    }
    expect(kept()).toEqual(keptBefore);
    expect(await handleCall(core.handlers, 'db.restore', { file: backup })).toMatchObject({ ok: true });
    expect(kept()).toHaveLength(keptBefore.length + 1);
  });
});
