import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, useDesk, type Shoot } from './fixtures.js';

// The way back when the shop retired a job's codes: new codes for every pupil from the jobs screen,
// photos kept in their galleries, and the old → new list saved for the school, against the real core.
test.describe('new codes for a job', () => {
  const desk = useDesk();
  let shoot: Shoot;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    shoot = await desk.generateShoot({ seed: 44, subjects: 3, photosPerSubject: [2, 2] });
    await desk.core.handlers['sort.run']({ folder: shoot.manifest.root, job: 'Winter', names: shoot.names });
    await desk.page.reload();
  });

  test('adds a suffix to every code, shows old and new, and keeps every photo with its pupil', async () => {
    const page = desk.page;
    const before = await desk.core.handlers['galleries.get']({ job: 'Winter' });
    const subjects = await desk.core.handlers['subjects.list']({ job: 'Winter' });
    const [first] = subjects;
    if (!first) throw new Error('a subject expected');
    await page.getByRole('button', { name: 'New codes for Winter' }).click();
    const dialog = page.getByRole('dialog', { name: 'New codes for Winter' });

    await dialog.getByLabel('Letters or digits to add').fill('2 6');
    await expect(dialog.getByText('Type 1 to 8 letters or digits, such as the year (26) or the school’s initials.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Give every pupil a new code' })).toBeDisabled();
    await dialog.getByLabel('Letters or digits to add').fill('sgh');
    await dialog.getByRole('radio', { name: 'Add to the front' }).check();
    await expect(dialog.getByLabel('Example')).toHaveText(`For example ${first.code} → SGH${first.code}`);
    await dialog.getByRole('radio', { name: 'Add to the end' }).check();
    await expect(dialog.getByLabel('Example')).toHaveText(`For example ${first.code} → ${first.code}SGH`);

    const mapFile = join(desk.work, 'winter-codes.csv');
    await dialog.getByLabel('Save old and new codes as').fill(mapFile);
    await dialog.getByRole('button', { name: 'Give every pupil a new code' }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      `${subjects.length} codes re-keyed; photos stay in their galleries. Give parents the new codes: print new cards or contact sheets. Old and new codes: ${mapFile}`,
    );
    const table = dialog.getByRole('table', { name: 'Old and new codes' });
    await expect(table.getByRole('row')).toHaveCount(subjects.length + 1);
    await expect(table.getByRole('row').filter({ hasText: `${first.code}SGH` })).toContainText(first.code);
    await expect(dialog.getByRole('button', { name: 'Give every pupil a new code' })).toBeDisabled();

    const after = await desk.core.handlers['galleries.get']({ job: 'Winter' });
    expect(after.galleries.map((g) => ({ code: g.code, photos: g.photos }))).toEqual(before.galleries.map((g) => ({ code: `${g.code}SGH`, photos: g.photos })));
    expect(readFileSync(mapFile, 'utf8').split('\n')).toHaveLength(subjects.length + 2);
  });
});
