import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCall } from '../../../shared/api/derive.js';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';

/**
 * Expected refusals reach the window as their kind, not as 'failed': it can then say "not there",
 * "taken" or "wait" (renderer/src/failure-text.ts). Through the same boundary every transport uses.
 */
describe('the kind of a refusal crosses the boundary', () => {
  let work: string;
  let core: Core;
  let day: ShootManifest;
  let photo: string;
  const firstCodeOf = async (job: string): Promise<string> => (await core.handlers['subjects.list']({ job }))[0]?.code ?? '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-failure-kinds-'));
    core = createCore({ dbPath: join(work, 'shootdesk.sqlite'), cacheDir: join(work, 'cache'), emit: () => undefined });
    const names = join(work, 'names.csv');
    writeFileSync(names, 'First name,Last name,Class\nAda,Park,1A\n');
    for (const job of ['Spring', 'Autumn']) expect((await handleCall(core.handlers, 'names.import', { job, file: names, dryRun: false })).ok).toBe(true);
    // A sorted job whose photos the tagging calls can name, and a deleted job whose codes are retired.
    day = await generateShoot(join(work, 'day'), { seed: 71, subjects: 2, photosPerSubject: [2, 2] });
    await writeNamesCsv(day, join(work, 'day.csv'));
    await core.handlers['sort.run']({ folder: day.root, job: 'Day', names: join(work, 'day.csv') });
    photo = day.files.find((file) => file.expected.kind === 'photo')?.path ?? '';
  }, 120_000);
  afterAll(async () => {
    await unlockShoot(day);
    await core.close();
    rmSync(work, { recursive: true, force: true });
  });

  it.each([
    ['renaming a job to a name another job has', 'jobs.rename', { name: 'Spring', to: 'autumn' }, 'conflict', 'there is already a job named "autumn"; choose another name'],
    ['renaming a job that does not exist', 'jobs.rename', { name: 'Winter', to: 'Summer' }, 'not-found', 'no job named "Winter"'],
    ['deleting a job that does not exist', 'jobs.delete', { name: 'Winter' }, 'not-found', 'no job named "Winter"'],
    ['going on with a sort that was never interrupted', 'sort.resume', { job: 'Spring' }, 'not-found', 'job "Spring" has no interrupted sort to go on with'],
    ['a job name that is not one', 'jobs.delete', { name: '' }, 'invalid-input', expect.any(String) as unknown],
  ] as const)('%s: %s', async (_what, method, input, code, message) => {
    expect(await handleCall(core.handlers, method, input)).toEqual({ ok: false, error: { code, message } });
  });

  it('says which refusal it is when photos are given to a code', async () => {
    const assign = (photos: string[], code: string) => handleCall(core.handlers, 'photos.assign', { job: 'Day', photos, target: { code } });
    const spring = await firstCodeOf('Spring');
    expect(await assign([photo], spring)).toEqual({ ok: false, error: { code: 'conflict', message: `access code ${spring} belongs to job "Spring", not to "Day"` } });
    const names = join(work, 'gone.csv');
    writeFileSync(names, 'First name,Last name,Class\nBo,Lind,2B\n');
    await core.handlers['names.import']({ job: 'Gone', file: names, dryRun: false });
    const gone = await firstCodeOf('Gone');
    await core.handlers['jobs.delete']({ name: 'Gone' });
    expect(await assign([photo], gone)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(`^access code ${gone} was retired when job "Gone" was deleted`) as unknown } });
    expect(await assign([photo], 'ZZZZ9999')).toEqual({ ok: false, error: { code: 'not-found', message: 'no subject of job "Day" has the access code ZZZZ9999' } });
    expect(await assign(['IMG_9999.JPG'], await firstCodeOf('Day'))).toEqual({
      ok: false,
      error: { code: 'not-found', message: '"IMG_9999.JPG" is not a photo of this job; name photos as "shootdesk galleries" lists them, or by their full path' },
    });
    // Nothing was given to anyone by the refused calls.
    expect((await core.handlers['history.list']({ job: 'Day' })).length).toBe(0);
  });

  it('keeps other failures as failed', async () => {
    const answer = await handleCall(core.handlers, 'names.import', { job: 'Spring', file: join(work, 'missing.csv'), dryRun: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});
