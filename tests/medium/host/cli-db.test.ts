import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';

describe('shootdesk db backup and restore', () => {
  it('backs up, restores over later changes keeping the replaced database, and refuses a file that is no backup', async () => {
    const work = mkdtempSync(join(tmpdir(), 'shootdesk-cli-db-'));
    const data = join(work, 'data');
    const db = join(work, 'store', 'shootdesk.sqlite');
    const empty = mkdtempSync(join(tmpdir(), 'shootdesk-empty-'));
    expect((await runCli(['sort', empty, '--job', 'Spring', '--db', db], data)).code).toBe(0);
    const backup = join(work, 'spring.sqlite');
    expect(await runCli(['db', 'backup', backup, '--db', db], data)).toMatchObject({ code: 0, stdout: `Database backed up: ${backup}\n`, stderr: '' });

    expect((await runCli(['jobs', 'rename', 'Spring', 'Autumn', '--db', db], data)).code).toBe(0);
    const restored = await runCli(['db', 'restore', backup, '--db', db], data);
    const kept = readdirSync(join(work, 'store')).find((name) => name.startsWith('shootdesk before restore '));
    expect(kept).toMatch(/^shootdesk before restore \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.sqlite$/);
    expect(restored).toMatchObject({
      code: 0,
      stdout: `Database restored from ${backup}.\nThe database as it was before is kept: ${join(work, 'store', kept ?? '')}\n`,
    });
    const jobs = JSON.parse((await runCli(['jobs', 'list', '--json', '--db', db], data)).stdout) as Array<{ name: string }>;
    expect(jobs.map((job) => job.name)).toEqual(['Spring']);
    const before = JSON.parse((await runCli(['jobs', 'list', '--json', '--db', join(work, 'store', kept ?? '')], data)).stdout) as Array<{ name: string }>;
    expect(before.map((job) => job.name)).toEqual(['Autumn']);

    const notes = join(work, 'notes.sqlite');
    writeFileSync(notes, 'Dear parents, '.repeat(100));
    expect(await runCli(['db', 'restore', notes, '--db', db], data)).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `shootdesk: ${notes} is not a Shootdesk database (another kind of file): choose a Shootdesk backup\n`,
    });
  });

  it('names its two commands in the usage', async () => {
    const run = await runCli(['db', 'copy', 'x.sqlite'], mkdtempSync(join(tmpdir(), 'shootdesk-data-')));
    expect(run).toMatchObject({ code: 2, stderr: expect.stringMatching(/^shootdesk: db takes: backup <file.sqlite> \| restore <file.sqlite>\n\nUsage:\n/) as string });
    expect(run.stderr).toContain('  shootdesk db backup <file.sqlite> [--db <file>]\n  shootdesk db restore <file.sqlite> [--db <file>]\n');
  });
});
