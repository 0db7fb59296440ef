import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test, useDesk, type Shoot } from './fixtures.js';
import { WorkspacePage } from './workspace-page.js';

// Tethered shooting in the page: a folder the camera writes into is watched, and the galleries
// fill in while she looks at them.
test.describe('watching a folder from the workspace', () => {
  const desk = useDesk();
  let shoot: Shoot;
  let ws: WorkspacePage;
  let tethered: string;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    shoot = await desk.generateShoot({ seed: 87, subjects: 3, photosPerSubject: [2, 3] });
    tethered = join(desk.work, 'tethered');
    mkdirSync(tethered);
    // The job starts from its names list and the first pupil's photos.
    const first = shoot.manifest.files.slice(0, 3);
    for (const file of first) land(file.path);
    await desk.core.handlers['sort.run']({ folder: tethered, job: 'Studio', names: shoot.names });
    await desk.page.reload();
    ws = new WorkspacePage(desk.page);
    await ws.openJob('Studio');
  });

  function land(path: string): void {
    mkdirSync(dirname(join(tethered, path)), { recursive: true });
    copyFileSync(join(shoot.manifest.root, path), join(tethered, path));
  }

  test('sorts photos as they land and shows them without a reload, then stops', async () => {
    const { page } = ws;
    await page.getByRole('button', { name: 'Watch a folder…' }).click();
    await page.getByLabel('Folder to watch').fill(tethered);
    await page.getByRole('button', { name: 'Start watching' }).click();
    const watching = page.getByRole('status', { name: 'Watching' });
    await expect(watching).toContainText(`Watching ${tethered}: 3 files`);

    for (const file of shoot.manifest.files.slice(3)) land(file.path);
    const total = shoot.manifest.files.length;
    await expect(watching).toContainText(`${total} files`);
    // Each pupil's gallery shows the photos the sort places there, all of them now.
    for (const subject of shoot.manifest.subjects) {
      const photos = shoot.manifest.files.filter((file) => file.expected.kind === 'photo' && file.expected.codes.includes(subject.code)).map((file) => file.path);
      await ws.view(new RegExp(`^${subject.firstName} ${subject.lastName}\\b`)).click();
      await expect.poll(async () => (await ws.photoNames()).sort()).toEqual(photos.sort());
    }

    await page.getByRole('button', { name: 'Stop watching' }).click();
    await expect(page.getByRole('button', { name: 'Watch a folder…' })).toBeVisible();
    expect(await desk.core.handlers['watch.stop']({})).toEqual({ stopped: false });
  });
});
