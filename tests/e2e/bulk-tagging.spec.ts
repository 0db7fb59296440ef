import { placesOf } from '../support/places-of.js';
import type { ManifestFile } from '../support/shoot/manifest.js';
import { expect, test, useDesk, type Shoot } from './fixtures.js';
import { WorkspacePage } from './workspace-page.js';

// A shoot without a single card, tagged in the filmstrip: one mark per pupil, typed by name, one
// pupil as a new spare; the preview shows the split before anything is written.
test.describe('bulk tagging a shoot without cards in the page', () => {
  const desk = useDesk();
  let shoot: Shoot;
  let ws: WorkspacePage;
  /** The first photo of each pupil in each camera's real order. */
  let firsts: ManifestFile[];

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    shoot = await desk.generateShoot({ seed: 73, subjects: 7, photosPerSubject: [2, 4], cards: false, traps: ['counter-wrap', 'bursts', 'no-capture-time', 'clock-set-back'] });
    await desk.core.handlers['sort.run']({ folder: shoot.manifest.root, job: 'No cards', names: shoot.names });
    const last = new Map<string, string>();
    firsts = [];
    for (const file of shoot.manifest.files) {
      const pupil = file.shows?.[0];
      if (pupil === undefined || file.expected.kind === 'error') continue;
      if (last.get(file.camera ?? '') !== pupil) firsts.push(file);
      last.set(file.camera ?? '', pupil);
    }
    await desk.page.reload();
    ws = new WorkspacePage(desk.page);
    await ws.openJob('No cards');
  });

  test('marks each pupil’s first photo, previews the split live, and applies it to the truth', async () => {
    const { page } = ws;
    await ws.view(/^Tag by hand/).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Tag by hand/ })).toBeVisible();
    const spare = firsts[1];
    for (const file of firsts) {
      await ws.photo(file.path).click();
      if (file === spare) {
        await page.keyboard.press('Shift+M');
        continue;
      }
      const subject = shoot.manifest.subjects.find((s) => s.code === file.shows?.[0]);
      await page.keyboard.press('m');
      await expect(page.getByLabel('Subject starting here')).toBeFocused();
      await page.keyboard.type(`${subject?.firstName} ${subject?.lastName}`);
      await page.keyboard.press('Enter');
      await expect(ws.photo(file.path)).toContainText(`Starts: ${subject?.firstName} ${subject?.lastName}`);
    }
    // The preview: the photo after a mark goes where the mark says, before anything is applied. The
    // filmstrip followed the last mark to the other camera: back to the top, where the first one is.
    await ws.grid.evaluate((grid: { scrollTop: number }) => (grid.scrollTop = 0));
    const after = shoot.manifest.files[shoot.manifest.files.indexOf(firsts[0] as ManifestFile) + 1];
    const firstSubject = shoot.manifest.subjects.find((s) => s.code === firsts[0]?.shows?.[0]);
    await expect(ws.photo(after?.path ?? '')).toContainText(`→ ${firstSubject?.firstName} ${firstSubject?.lastName}`);
    await expect(ws.photo(spare?.path ?? '')).toContainText('Starts: New spare 1');
    expect((await desk.core.handlers['galleries.get']({ job: 'No cards' })).galleries.filter((g) => g.photos.length > 0)).toEqual([]);

    await page.getByRole('button', { name: `Apply ${firsts.length} marks` }).click();
    const tagged = shoot.manifest.files.filter((file) => file.shows && file.expected.kind !== 'error').length;
    await expect(ws.status).toHaveText(`${tagged} photos tagged into ${firsts.length} subjects.`);

    const report = await desk.core.handlers['galleries.get']({ job: 'No cards' });
    const spareGallery = report.galleries.find((g) => g.subject.spare);
    const places = placesOf(report);
    const wrong = shoot.manifest.files
      .filter((file) => file.shows && file.expected.kind !== 'error')
      .map((file) => {
        const pupil = file.shows?.[0] ?? '';
        const want = [pupil === spare?.shows?.[0] ? (spareGallery?.code ?? '?') : pupil];
        return JSON.stringify(places.get(file.path) ?? []) === JSON.stringify(want) ? '' : `${file.path} (${file.trap ?? 'plain'}): in ${JSON.stringify(places.get(file.path) ?? [])}, truth ${JSON.stringify(want)}`;
      })
      .filter(Boolean);
    expect(wrong).toEqual([]);
  });

  test('undoes the whole filmstrip as one change', async () => {
    await ws.page.keyboard.press('Control+z');
    await expect(ws.status).toHaveText(/^Undone: bulk-tag \d+ photos into \d+ subjects\.$/);
    expect((await desk.core.handlers['galleries.get']({ job: 'No cards' })).galleries.filter((g) => g.photos.length > 0)).toEqual([]);
  });

  test('refuses a name that is no subject of the job, at once', async () => {
    await ws.photo(firsts[0]?.path ?? '').click();
    await ws.page.keyboard.press('m');
    await ws.page.keyboard.type('Nobody Here');
    await ws.page.keyboard.press('Enter');
    await expect(ws.alert).toHaveText('No subject of this job has the code or name “Nobody Here”.');
  });
});
