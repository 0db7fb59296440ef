import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import type { MethodInput } from '../../../shared/api/contract.js';
import { handleCall } from '../../../shared/api/derive.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';

const JOB = 'Edits';

/**
 * A pupil's details corrected by hand from the names table, through the contract as the app calls it
 * (its schema checks the edit first), on a sorted shoot: the code and the photos stay with the pupil.
 */
describe('subjects.update', () => {
  let work: string;
  let manifest: ShootManifest;
  let core: Core;
  const update = (input: Omit<MethodInput<'subjects.update'>, 'job'>) => handleCall(core.handlers, 'subjects.update', { job: JOB, ...input });
  const details = async (code: string) => (await core.handlers['subjects.details']({ job: JOB })).find((s) => s.code === code);

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-update-'));
    manifest = await generateShoot(join(work, 'shoot'), { seed: 17, subjects: 3, photosPerSubject: [2, 2] });
    await writeNamesCsv(manifest, join(work, 'names.csv'));
    core = createCore({ dbPath: join(work, 'db.sqlite'), cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: manifest.root, job: JOB, names: join(work, 'names.csv') });
  }, 180_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(manifest);
    rmSync(work, { recursive: true, force: true });
  });

  it('changes only the fields given, keeps the code and the photos, and lists the result', async () => {
    const [gallery] = (await core.handlers['galleries.get']({ job: JOB })).galleries;
    if (!gallery) throw new Error('a gallery expected');
    const before = await details(gallery.code);
    const result = await update({ code: gallery.code.toLowerCase(), firstName: '  Zoë ', email: 'zoe@example.org', phone: '+44 20 7946 0000', externalId: 'P-17' });
    expect(result).toEqual({ ok: true, value: { code: gallery.code } });
    expect(await details(gallery.code)).toEqual({ ...before, firstName: 'Zoë', email: 'zoe@example.org', phone: '+44 20 7946 0000', externalId: 'P-17' });
    expect((await core.handlers['galleries.get']({ job: JOB })).galleries.find((g) => g.code === gallery.code)).toMatchObject({ photos: gallery.photos, subject: { firstName: 'Zoë' } });

    await update({ code: gallery.code, email: '', group: '4C', grade: '4' });
    expect(await details(gallery.code)).toMatchObject({ firstName: 'Zoë', group: '4C', grade: '4', email: null, phone: '+44 20 7946 0000' });
  });

  it('makes a spare given a name that pupil', async () => {
    const [spare = ''] = (await core.handlers['spares.add']({ job: JOB, count: 1 })).codes;
    await update({ code: spare, group: '4C' });
    expect(await details(spare)).toMatchObject({ group: '4C', spare: true });
    await update({ code: spare, lastName: 'Haddad' });
    expect(await details(spare)).toMatchObject({ lastName: 'Haddad', spare: false });
  });

  it.each([
    { name: 'an empty first name', edit: { firstName: '   ' }, message: /the first name cannot be empty[\s\S]*firstName/ },
    { name: 'an empty last name', edit: { lastName: '' }, message: /the last name cannot be empty/ },
    { name: 'an email that is none', edit: { email: 'kein Eintrag' }, message: /"kein Eintrag" is not an email address[\s\S]*email/ },
  ])('refuses $name, changing nothing', async ({ edit, message }) => {
    const [gallery] = (await core.handlers['galleries.get']({ job: JOB })).galleries;
    if (!gallery) throw new Error('a gallery expected');
    const before = await details(gallery.code);
    const result = await update({ code: gallery.code, group: '9Z', ...edit });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(message) as string } });
    expect(await details(gallery.code)).toEqual(before);
  });

  it('refuses a code no subject of the job has, and another job’s code', async () => {
    expect(await update({ code: 'ZZZZ2222', firstName: 'Ada' })).toEqual({ ok: false, error: { code: 'not-found', message: 'no subject of job "Edits" has the access code ZZZZ2222' } });
    writeFileSync(join(work, 'other.csv'), 'First Name,Last Name\nAda,Lim\n');
    await core.handlers['names.import']({ job: 'Other', file: join(work, 'other.csv'), dryRun: false });
    const [{ code: other } = { code: '' }] = await core.handlers['subjects.list']({ job: 'Other' });
    expect(await update({ code: other, firstName: 'Ada' })).toEqual({ ok: false, error: { code: 'conflict', message: `access code ${other} belongs to job "Other", not to "Edits"` } });
  });
});
