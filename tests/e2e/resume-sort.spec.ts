import { join } from 'node:path';
import { killMidSort } from '../support/kill-mid-sort.js';
import { expect, test, useDesk, type Shoot } from './fixtures.js';

// A sort of the page's store killed outright midway (as a crash or a killed app leaves it): the page
// says so when it opens, and goes on with it where it stopped.
test.describe('a sort that stopped before it finished', () => {
  const desk = useDesk();
  let shoot: Shoot;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    shoot = await desk.generateShoot({ seed: 19, subjects: 8, photosPerSubject: [3, 4] });
  });

  test('is offered on start, and Go on finishes it with its progress and summary', async () => {
    const { page, core, work } = desk;
    const { manifest } = shoot;
    const stopped = await killMidSort(manifest.root, 'Spring', join(work, 'bridge.sqlite'), join(work, 'cli-user-data'));
    expect(stopped.analysed).toBeLessThan(stopped.found);

    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'The sort of Spring stopped before it finished (Shootdesk was closed or crashed).' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`${stopped.analysed} of ${stopped.found} photos from ${manifest.root} are read.`);

    await page.getByRole('button', { name: 'Go on with the sort of Spring' }).click();
    await expect(page.getByLabel('Sort progress')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sorted “Spring”' })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('section', { hasText: 'Sorted' }).locator('p').first()).toHaveText(new RegExp(`^${manifest.subjects.length} galleries from \\d+ photos`));
    await expect(notice).toHaveCount(0);
    expect(await core.handlers['sort.interrupted']({})).toEqual([]);
    const [job] = await core.handlers['jobs.list']({});
    expect(job).toMatchObject({ name: 'Spring', subjects: manifest.subjects.length });

    // Opened again, the page offers nothing more.
    await page.reload();
    await expect(page.getByRole('cell', { name: 'Spring', exact: true })).toBeVisible();
    await expect(page.getByText('stopped before it finished')).toHaveCount(0);
  });

  test('Dismiss forgets it without sorting, and what was read stays in the job', async () => {
    const { page, core, work } = desk;
    const { manifest } = shoot;
    await killMidSort(manifest.root, 'Autumn', join(work, 'bridge.sqlite'), join(work, 'cli-user-data'));
    await page.reload();
    await expect(page.getByText('The sort of Autumn stopped before it finished')).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss the sort of Autumn' }).click();
    await expect(page.getByText('The sort of Autumn stopped before it finished')).toHaveCount(0);
    expect(await core.handlers['sort.interrupted']({})).toEqual([]);
    await expect(page.getByRole('cell', { name: 'Autumn', exact: true })).toBeVisible();
  });
});
