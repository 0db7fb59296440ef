import Database from 'better-sqlite3';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainFailure } from '../../../electron/core/app/explain-failure.js';
import { runCli } from '../../support/run-cli.js';

const asRoot = process.getuid?.() === 0;

/** What a call throws: a real error from SQLite or the file system, not one made up for the test. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('database failures, in words a user can act on', () => {
  let work: string;
  const data = (): string => join(work, 'data');
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-dberr-'));
  });
  afterAll(() => {
    chmodSync(work, 0o755);
    rmSync(work, { recursive: true, force: true });
  });

  it('names a file that is not a Shootdesk database, and leaves it alone', async () => {
    const notes = join(work, 'notes.txt');
    writeFileSync(notes, 'Shopping list: film, batteries, a second card reader.\n'.repeat(200));
    const run = await runCli(['jobs', 'list', '--db', notes], data());
    expect(run).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `shootdesk: ${notes} is not a Shootdesk database (another kind of file, or damaged): move it away, or use another database file (--db)\n`,
    });
    expect(readFileSync(notes, 'utf8')).toBe('Shopping list: film, batteries, a second card reader.\n'.repeat(200));
  });

  it('names a symbolic link loop on the way to the database', async () => {
    symlinkSync(join(work, 'loop-b'), join(work, 'loop-a'));
    symlinkSync(join(work, 'loop-a'), join(work, 'loop-b'));
    const direct = await runCli(['jobs', 'list', '--db', join(work, 'loop-a')], data());
    expect(direct).toMatchObject({ code: 1, stderr: expect.stringMatching(/^shootdesk: the database .*loop-a could not be opened \(it is a symbolic link loop\)/) as string });
    const below = await runCli(['jobs', 'list', '--db', join(work, 'loop-a', 'shootdesk.sqlite')], data());
    expect(below).toMatchObject({ code: 1, stderr: `shootdesk: ${join(work, 'loop-a')} is a symbolic link loop (a link that leads back to itself): fix or remove the link\n` });
    const sortThrough = await runCli(['sort', join(work, 'loop-a'), '--job', 'J', '--db', join(work, 'loops.sqlite')], data());
    expect(sortThrough).toMatchObject({ code: 1, stderr: `shootdesk: ${join(work, 'loop-a')} is a symbolic link loop (a link that leads back to itself): fix or remove the link\n` });
  });

  it('names a folder given as the database', async () => {
    mkdirSync(join(work, 'a-folder'));
    const run = await runCli(['jobs', 'list', '--db', join(work, 'a-folder')], data());
    expect(run).toMatchObject({ code: 1, stderr: `shootdesk: the database ${join(work, 'a-folder')} could not be opened (it is a folder): check the path, or use another database file (--db)\n` });
  });

  it('says the database is busy when another Shootdesk holds it too long', async () => {
    const db = join(work, 'busy.sqlite');
    expect((await runCli(['sort', mkdtempSync(join(tmpdir(), 'shootdesk-empty-')), '--job', 'J', '--db', db], data())).code).toBe(0);
    const holder = new Database(db);
    holder.exec("BEGIN IMMEDIATE; UPDATE jobs SET status = 'selling'");
    try {
      const run = await runCli(['jobs', 'status', 'J', 'archived', '--db', db], data());
      expect(run).toMatchObject({
        code: 1,
        stderr: `shootdesk: the database ${db} is busy: another Shootdesk (the desktop app or another command) kept it locked for more than 5 seconds; try again when that has finished\n`,
      });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 20_000);

  it.skipIf(asRoot)('says a read-only database is read-only (not for root, whom no mode stops)', async () => {
    const db = join(work, 'ro', 'shootdesk.sqlite');
    expect((await runCli(['sort', mkdtempSync(join(tmpdir(), 'shootdesk-empty-')), '--job', 'J', '--db', db], data())).code).toBe(0);
    chmodSync(db, 0o444);
    chmodSync(join(work, 'ro'), 0o555);
    try {
      const run = await runCli(['jobs', 'status', 'J', 'selling', '--db', db], data());
      expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining(`shootdesk: the database ${db} is read-only`) as string });
    } finally {
      chmodSync(join(work, 'ro'), 0o755);
    }
  });

  it('explains the errors SQLite itself raises', () => {
    const file = join(work, 'explain.sqlite');
    const setup = new Database(file);
    setup.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent INTEGER REFERENCES parent(id))');
    setup.close();
    const readOnly = new Database(file, { readonly: true });
    expect(explainFailure(thrownBy(() => readOnly.exec('INSERT INTO parent VALUES (1)')), file)).toBe(
      `the database ${file} is read-only: check its permissions and its folder's, or use another database file (--db)`,
    );
    readOnly.close();
    const writer = new Database(file);
    writer.pragma('foreign_keys = ON');
    expect(explainFailure(thrownBy(() => writer.exec('INSERT INTO child VALUES (7)')), file)).toBe(
      'the job was deleted or changed by another Shootdesk while this ran; run the command again',
    );
    writer.close();
    // Anything it does not know keeps its own message.
    expect(explainFailure(new Error('no job named "Autumn"'), file)).toBe('no job named "Autumn"');
  });
});
