import { expect, test, useDesk, type Shoot } from './fixtures.js';
import { WorkspacePage } from './workspace-page.js';

// Going live from the workspace: the pre-flight says what customers will see, and each warning's
// button takes the step that clears it, against the real core.
test.describe('going live', () => {
  const desk = useDesk();
  let shoot: Shoot;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    shoot = await desk.generateShoot({ seed: 72, subjects: 4, photosPerSubject: [2, 3], traps: ['lead-photos'] });
    await desk.core.handlers['sort.run']({ folder: shoot.manifest.root, job: 'Live', names: shoot.names });
    await desk.page.reload();
  });

  test('sets the job selling and activates the codes with photos from the pre-flight, then goes to what is held', async () => {
    const ws = new WorkspacePage(desk.page);
    await ws.openJob('Live');
    await desk.page.getByRole('button', { name: 'Go live…' }).click();
    const dialog = desk.page.getByRole('dialog', { name: 'Pre-flight' });
    const subjects = (await desk.core.handlers['subjects.list']({ job: 'Live' })).length;
    const withPhotos = (await desk.core.handlers['galleries.get']({ job: 'Live' })).galleries.filter((g) => g.photos.length > 0).length;
    await expect(dialog.getByRole('status', { name: 'Outcomes' })).toHaveText(`The gallery: 0 · “Your photos are almost ready.”: ${subjects} · the archive message: 0`);
    const warnings = dialog.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
    await expect(warnings).toHaveCount(3);

    await dialog.getByRole('button', { name: 'Set the job to selling' }).click();
    await expect(dialog.getByRole('status').last()).toHaveText('The job is selling.');
    await dialog.getByRole('button', { name: 'Activate them' }).click();
    await expect(dialog.getByRole('status', { name: 'Outcomes' })).toHaveText(`The gallery: ${withPhotos} · “Your photos are almost ready.”: ${subjects - withPhotos} · the archive message: 0`);
    await expect(warnings).toHaveCount(1);
    const fromCore = await desk.core.handlers['preflight.get']({ job: 'Live' });
    expect(fromCore.counts.gallery).toBe(withPhotos);
    expect(fromCore.warnings.map((w) => w.fix)).toEqual(['review']);

    await dialog.getByRole('button', { name: 'Go to review' }).click();
    await expect(dialog).toBeHidden();
    await expect(desk.page.getByRole('heading', { level: 2, name: /^Before the first card/ })).toBeVisible();
  });

  test('activates and deactivates the codes she picks in the list of every code', async () => {
    const subjects = await desk.core.handlers['subjects.list']({ job: 'Live' });
    const [first, second] = subjects;
    if (!first || !second) throw new Error('two subjects expected');
    const live = subjects.filter((s) => s.activated).map((s) => s.code);
    if (live.length > 0) await desk.core.handlers['codes.deactivate']({ job: 'Live', codes: live });
    await desk.page.reload();
    const ws = new WorkspacePage(desk.page);
    await ws.openJob('Live');
    await desk.page.getByRole('button', { name: 'Go live…' }).click();
    const dialog = desk.page.getByRole('dialog', { name: 'Pre-flight' });
    await dialog.getByText(/^Every code/).click();
    const row = (code: string) => dialog.getByRole('row').filter({ has: desk.page.getByRole('cell', { name: code, exact: true }) });

    await expect(dialog.getByRole('button', { name: 'Activate selected', exact: true })).toBeDisabled();
    await dialog.getByRole('checkbox', { name: `Select ${first.code}` }).check();
    await dialog.getByRole('checkbox', { name: `Select ${second.code}` }).check();
    await dialog.getByRole('button', { name: 'Activate selected', exact: true }).click();
    await expect(dialog.getByRole('status').last()).toHaveText('2 codes activated.');
    await expect(row(first.code).getByRole('cell', { name: 'Yes' })).toBeVisible();
    await expect(row(second.code).getByRole('cell', { name: 'Yes' })).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: `Select ${first.code}` })).not.toBeChecked();

    await dialog.getByRole('checkbox', { name: `Select ${second.code}` }).check();
    await dialog.getByRole('button', { name: 'Deactivate selected' }).click();
    await expect(dialog.getByRole('status').last()).toHaveText('1 code deactivated.');
    await expect(row(second.code).getByRole('cell', { name: 'No' })).toBeVisible();
    const after = await desk.core.handlers['subjects.list']({ job: 'Live' });
    expect(after.filter((s) => s.activated).map((s) => s.code)).toEqual([first.code]);
  });
});
