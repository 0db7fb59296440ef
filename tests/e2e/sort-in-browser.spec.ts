import { expect, test, useDesk, type Shoot } from './fixtures.js';

// The real renderer build and the real core, through the browser bridge, in Debian's Chromium.
test.describe('sorting a shoot from the desktop page', () => {
  const desk = useDesk();
  let shoot: Shoot;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    shoot = await desk.generateShoot({ seed: 17, subjects: 5, photosPerSubject: [2, 3], traps: ['lead-photos', 'glare-blown'] });
  });

  test('sorts, shows the galleries and what to review, and lists the job', async () => {
    const { page } = desk;
    const { manifest, names } = shoot;
    await expect(page.getByText('No jobs yet.')).toBeVisible();
    await page.getByLabel('Photo folder').fill(manifest.root);
    await page.getByLabel('Job name').fill('Spring 2026');
    await page.getByLabel('Names CSV (optional)').fill(names);
    await page.getByRole('button', { name: 'Sort' }).click();

    await expect(page.getByRole('heading', { name: 'Sorted “Spring 2026”' })).toBeVisible({ timeout: 60_000 });
    const expectedGalleries = manifest.subjects.length - 1;
    // Every frame that shows a card counts as one (and stays hidden), the held glare card too.
    const cardFrames = manifest.files.filter((file) => file.card).length;
    await expect(page.locator('section', { hasText: 'Sorted' }).locator('p').first()).toHaveText(
      new RegExp(`^${expectedGalleries} galleries from \\d+ photos and ${cardFrames} cards`),
    );
    await expect(page.getByRole('heading', { name: 'To review' })).toHaveCount(1);
    await expect(page.getByText('looks like a card, but no code could be read from it')).toHaveCount(1);
    await expect(page.getByRole('cell', { name: 'Spring 2026', exact: true })).toBeVisible();
  });

  test('changes a job’s status through the page and the store keeps it', async () => {
    const { page, core } = desk;
    await page.getByLabel('Status of Spring 2026').selectOption('selling');
    await expect.poll(async () => (await core.handlers['jobs.list']({}))[0]?.status).toBe('selling');
    await page.reload();
    await expect(page.getByLabel('Status of Spring 2026')).toHaveValue('selling');
  });
});
