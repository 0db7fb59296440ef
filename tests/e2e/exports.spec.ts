import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, useDesk, type Shoot } from './fixtures.js';

// After the shoot, from the jobs screen: the photo list for a shop upload without cards and the
// yearbook package, with the pupils left out of it named, against the real core.
test.describe('exports of a job', () => {
  const desk = useDesk();
  let shoot: Shoot;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    shoot = await desk.generateShoot({ seed: 52, subjects: 3, photosPerSubject: [2, 2] });
    await desk.core.handlers['sort.run']({ folder: shoot.manifest.root, job: 'Summer', names: shoot.names });
    // A pupil on the list who was off sick on the day: no photo, so no portrait.
    const late = join(desk.work, 'late.csv');
    writeFileSync(late, 'First Name,Last Name,Class\nNoor,Haddad,4C\n');
    await desk.core.handlers['names.import']({ job: 'Summer', file: late, dryRun: false });
    await desk.page.reload();
  });

  test('saves the photo list and the yearbook, never into the photo folder, and names who has no portrait', async () => {
    const page = desk.page;
    await page.getByRole('button', { name: 'Exports of Summer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exports of Summer' });
    const galleries = (await desk.core.handlers['galleries.get']({ job: 'Summer' })).galleries;
    const photos = new Set(galleries.flatMap((g) => g.photos)).size;

    await dialog.getByLabel('Save photo list as').fill(join(shoot.manifest.root, 'codes.csv'));
    await dialog.getByRole('button', { name: 'Save photo list' }).click();
    await expect(dialog.getByRole('alert')).toContainText('is inside the photo folder');
    const list = join(desk.work, 'summer-codes.csv');
    await dialog.getByLabel('Save photo list as').fill(list);
    await dialog.getByRole('button', { name: 'Save photo list' }).click();
    await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^${photos} photos listed with their codes \\(\\d+ rows\\): ${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(readFileSync(list, 'utf8').trim().split('\n').length).toBeGreaterThan(photos);

    const folder = join(desk.work, 'yearbook');
    await dialog.getByLabel('Yearbook folder').fill(folder);
    await dialog.getByRole('button', { name: 'Export yearbook' }).click();
    const portraits = galleries.filter((g) => g.photos.length > 0).length;
    await expect(dialog.getByRole('status')).toHaveText(`${portraits} portraits for the yearbook in ${folder}. 1 pupil has no portrait in it: see below.`);
    const table = dialog.getByRole('table', { name: 'Pupils without a portrait' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row').last()).toContainText('Noor Haddad (4C)');
    await expect(table.getByRole('row').last()).toContainText('No photo');
    expect(readFileSync(join(folder, 'INDEX.TXT'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(portraits);
    expect(readdirSync(folder).sort()).toEqual(['IMAGES01', 'INDEX.TXT']);

    await dialog.getByRole('button', { name: 'Export yearbook' }).click();
    await expect(dialog.getByRole('alert')).toContainText(`${folder} is not empty: name a new or empty folder`);
    expect(existsSync(join(shoot.manifest.root, 'codes.csv'))).toBe(false);
  });
});
