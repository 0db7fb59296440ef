import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'shootdesk-cli-'));

describe('shootdesk decode', () => {
  it('prints every payload per image as JSON, and names the file it could not read', async () => {
    const qr = join(FIXTURES, 'qr-photos', '11', 'input.png');
    const expected = (JSON.parse(readFileSync(join(FIXTURES, 'qr-photos', '11', 'expected.json'), 'utf8')) as { expected: string }).expected;
    const portrait = join(FIXTURES, 'camera-jpegs', 'Canon_40D.jpg');
    const broken = join(work, 'notes.jpg');
    writeFileSync(broken, 'not a picture');
    const run = await runCli(['decode', qr, portrait, broken, '--json'], join(work, 'data'));
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: qr, codes: [expected] },
      { file: portrait, codes: [] },
      { file: broken, codes: [], error: expect.stringContaining('not a readable image') as string },
    ]);
  });
});

describe('shootdesk with no command', () => {
  it('prints the usage to stderr and exits with 2', async () => {
    const run = await runCli([], join(work, 'data'));
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^shootdesk: no command given\n\nUsage:\n  shootdesk sort <folder>/) as string });
    const help = await runCli(['--help'], join(work, 'data'));
    expect(help).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(/^Usage:\n/) as string });
  });
});

describe('shootdesk jobs', () => {
  it('changes a job’s status, and refuses an unknown job with exit code 1', async () => {
    const db = join(work, 'jobs.sqlite');
    const data = join(work, 'data');
    const empty = mkdtempSync(join(tmpdir(), 'shootdesk-empty-'));
    expect((await runCli(['sort', empty, '--job', 'Spring 2026', '--db', db], data)).code).toBe(0);
    const status = await runCli(['jobs', 'status', 'Spring 2026', 'selling', '--db', db], data);
    expect(status).toMatchObject({ code: 0, stdout: 'Job "Spring 2026" is now selling.\n' });
    const list = await runCli(['jobs', 'list', '--json', '--db', db], data);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ name: 'Spring 2026', status: 'selling', subjects: 0, photos: 0 })]);
    const nowhere = await runCli(['sort', join(empty, 'nope'), '--job', 'Autumn', '--db', db], data);
    expect(nowhere).toMatchObject({ code: 1, stderr: `shootdesk: ${join(empty, 'nope')} is not a folder (mistyped, or the card is not mounted?)\n` });
    const missing = await runCli(['jobs', 'delete', 'Autumn', '--db', db], data);
    expect(missing).toMatchObject({ code: 1, stderr: 'shootdesk: no job named "Autumn"\n' });

    expect((await runCli(['sort', empty, '--job', 'Summer', '--db', db], data)).code).toBe(0);
    const taken = await runCli(['jobs', 'rename', 'Spring 2026', 'summer', '--db', db], data);
    expect(taken).toMatchObject({ code: 1, stderr: 'shootdesk: there is already a job named "summer"; choose another name\n' });
    const renamed = await runCli(['jobs', 'rename', 'spring 2026', 'Hillside Spring 2026', '--db', db], data);
    expect(renamed).toMatchObject({ code: 0, stdout: 'Job "spring 2026" is now named "Hillside Spring 2026".\n' });
    const after = JSON.parse((await runCli(['jobs', 'list', '--json', '--db', db], data)).stdout) as { name: string; status: string }[];
    expect(after.map((job) => [job.name, job.status]).sort()).toEqual([
      ['Hillside Spring 2026', 'selling'],
      ['Summer', 'planning'],
    ]);
  });
});
