import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, useDesk } from './fixtures.js';
import { WorkspacePage } from './workspace-page.js';

// An original deleted after the sort: its thumbnail still comes from the cache, so the page has to
// say that the file itself is gone, on its cell and in its preview, and leave the others alone.
test.describe('a photo whose original has gone from disk', () => {
  const desk = useDesk();
  let ws: WorkspacePage;
  let gone: string;
  let kept: string;
  let path: string;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const shoot = await desk.generateShoot({ seed: 89, subjects: 3, photosPerSubject: [2, 3] });
    const report = await desk.core.handlers['sort.run']({ folder: shoot.manifest.root, job: 'Gone' });
    const [first, second] = report.galleries[0]?.photos ?? [];
    if (first === undefined || second === undefined) throw new Error('a gallery of two photos expected');
    gone = first;
    kept = second;
    path = join(shoot.manifest.root, gone);
    // Only a file of this spec's own generated shoot.
    rmSync(path);
    await desk.page.reload();
    ws = new WorkspacePage(desk.page);
  });

  test('marks the photo in the grid, says where it was in its preview, and marks no other', async () => {
    await ws.openJob('Gone');
    await ws.view('All photos').click();
    const cell = ws.photo(gone);
    await expect(cell.getByText('File gone', { exact: true })).toBeVisible();
    await expect(cell.getByTitle(`Gone from disk: ${path}`)).toBeVisible();
    await expect(cell).toHaveAccessibleDescription(`Original gone from disk: ${path}`);
    // The thumbnail still comes from the cache.
    await expect(cell.locator('img.thumb')).toHaveClass(/is-loaded/);
    await expect(ws.page.getByText('1 original of this job gone from disk, marked “File gone”.')).toBeVisible();
    // Only now that the badge is up does its absence elsewhere say anything.
    await expect(ws.photo(kept)).toBeVisible();
    await expect(ws.photo(kept).getByText('File gone')).toHaveCount(0);
    await expect(ws.photo(kept)).not.toHaveAttribute('aria-describedby');

    await cell.dblclick();
    const preview = ws.page.getByRole('dialog', { name: `Preview of ${gone}` });
    await expect(preview.getByRole('alert')).toHaveText(`Gone from disk: ${path}. Put the file back (or plug the card in) before uploading; the galleries keep it.`);
    await expect(preview.locator('img.thumb')).toHaveClass(/is-loaded/);
    await preview.getByRole('button', { name: 'Close' }).click();

    await ws.photo(kept).dblclick();
    const other = ws.page.getByRole('dialog', { name: `Preview of ${kept}` });
    await expect(other.getByText(kept, { exact: true })).toBeVisible();
    await expect(other.getByRole('alert')).toHaveCount(0);
    await other.getByRole('button', { name: 'Close' }).click();
  });
});
