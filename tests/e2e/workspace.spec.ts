import { placesOf } from '../support/places-of.js';
import type { ManifestFile } from '../support/shoot/manifest.js';
import { expect, test, useDesk, type Shoot } from './fixtures.js';
import { WorkspacePage } from './workspace-page.js';

/** Where the truth puts a file once every held photo is fixed: the gallery of the pupil it shows, or none. */
function truthOf(file: ManifestFile): string[] {
  return file.card || file.expected.kind === 'error' || file.expected.kind === 'duplicate' ? [] : (file.shows ?? []);
}


// The photographer's day after the shoot, in the browser build against the real core: a shoot
// with held photos of several kinds, every one of them fixed through the page to its truth.
test.describe('the job workspace', () => {
  const desk = useDesk();
  let shoot: Shoot;
  let ws: WorkspacePage;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    shoot = await desk.generateShoot({ seed: 61, subjects: 6, photosPerSubject: [2, 3], traps: ['lead-photos', 'glare-blown', 'background-card', 'truncated'] });
    await desk.core.handlers['sort.run']({ folder: shoot.manifest.root, job: 'Day', names: shoot.names });
    await desk.page.reload();
    ws = new WorkspacePage(desk.page);
  });

  test('opens on what is held, and each gallery shows exactly the photos of its pupil', async () => {
    const report = await desk.core.handlers['galleries.get']({ job: 'Day' });
    const held = report.review.reduce((n, group) => n + group.photos.length, 0) + report.unassigned.length;
    await ws.openJob('Day');
    await expect(ws.heldHeading()).toHaveText(`Held for review: ${held}`);
    await expect(ws.page.getByRole('heading', { level: 2, name: /Unreadable card|Before the first card|Card in the background/ })).toBeVisible();

    for (const subject of shoot.manifest.subjects) {
      await ws.view(new RegExp(`^${subject.firstName} ${subject.lastName}\\b`)).click();
      const shown = await ws.photoNames();
      // A sorted gallery holds the photos the sort placed; held ones are not there yet.
      const placed = shoot.manifest.files
        .filter((file) => (file.expected.kind === 'photo' && file.expected.codes.includes(subject.code)) || (file.expected.kind === 'review' && file.expected.alsoIn?.includes(subject.code)))
        .map((file) => file.path);
      expect(shown.sort(), subject.code).toEqual(placed.sort());
    }
    // The thumbnails come from the cache through the bridge, and are painted.
    const painted = await ws.grid.locator('img').first().evaluate((img: { decode(): Promise<void>; naturalWidth: number }) => img.decode().then(() => img.naturalWidth));
    expect(painted).toBeGreaterThan(0);
  });

  test('refuses a code that is not this job’s, and keeps the text to correct', async () => {
    await ws.view('All photos').click();
    const [first] = await ws.photoNames();
    await ws.select([first ?? '']);
    await ws.assignTo('ZZZZZZZZ');
    await expect(ws.alert).toContainText('no subject of job "Day" has the access code ZZZZZZZZ');
    await expect(ws.assignField).toHaveValue('ZZZZZZZZ');
    await ws.assignField.fill('');
  });

  test('reads a glare-blown card by hand from the keyboard: the photos held behind it go to its pupil', async () => {
    const card = shoot.manifest.files.find((file) => file.card && file.trap === 'glare-blown');
    const subject = shoot.manifest.subjects.find((s) => s.code === card?.shows?.[0]);
    if (!card || !subject) throw new Error('the shoot has no glare-blown card');
    await ws.view(/^Unreadable card/).first().click();
    const held = await ws.photoNames();
    expect(held).toContain(card.path);
    await ws.select([card.path]);
    await ws.page.keyboard.press('k');
    await expect(ws.page.getByLabel('Card of subject')).toBeFocused();
    await ws.page.keyboard.type(`${subject.firstName} ${subject.lastName}`);
    await ws.page.keyboard.press('Enter');
    await expect(ws.status).toHaveText(/^Read as the card of [A-Z0-9]{8}: \d+ photos in its gallery\.$/);
    const report = await desk.core.handlers['galleries.get']({ job: 'Day' });
    const gallery = report.galleries.find((g) => g.code === subject.code);
    expect(gallery?.cards).toContain(card.path);
    expect(gallery?.photos).toEqual(expect.arrayContaining(held.filter((photo) => photo !== card.path)));
  });

  test('fixes every held photo through the page until nothing is held, with 0 misassigned and every pupil complete', async () => {
    test.setTimeout(180_000);
    const truth = new Map(shoot.manifest.files.map((file) => [file.path, file]));
    const nameOf = new Map(shoot.manifest.subjects.map((s) => [s.code, `${s.firstName} ${s.lastName}`]));
    for (let round = 0; round < 20; round += 1) {
      if ((await ws.heldHeading().textContent())?.startsWith('Nothing held')) break;
      await ws.sidebar.getByRole('button').first().click();
      const shown = await ws.photoNames();
      const byPupil = new Map<string, string[]>();
      const toHide: string[] = [];
      const toKeep: string[] = [];
      for (const photo of shown) {
        const file = truth.get(photo);
        const code = file?.shows?.[0];
        // A card frame is hidden; a photo of no pupil on the list (the set before the first card) is kept in no gallery.
        if (file?.card) toHide.push(photo);
        else if (code === undefined) toKeep.push(photo);
        else byPupil.set(code, [...(byPupil.get(code) ?? []), photo]);
      }
      // One pupil at a time, picked from the suggestions by name as she would.
      const [code, photos] = [...byPupil][0] ?? [];
      if (code !== undefined && photos) {
        await ws.select(photos);
        const subject = shoot.manifest.subjects.find((s) => s.code === code);
        await ws.assignTo(subject?.inNamesList ? `${nameOf.get(code)}` : code);
        await expect(ws.status).toHaveText(`${photos.length} photo${photos.length === 1 ? '' : 's'} assigned to ${nameOf.get(code)} (${code}).`);
      } else if (toKeep.length > 0) {
        await ws.select(toKeep);
        await ws.page.keyboard.press('u');
        await expect(ws.status).toHaveText(`${toKeep.length} photo${toKeep.length === 1 ? '' : 's'} kept in no gallery.`);
      } else {
        await ws.select(toHide);
        await ws.page.getByRole('button', { name: 'Hide', exact: true }).click();
        await expect(ws.status).toHaveText(`${toHide.length} photo${toHide.length === 1 ? '' : 's'} hidden from every gallery.`);
      }
    }
    await expect(ws.heldHeading()).toHaveText('Nothing held: the job is ready');
    // Only the views that hold nothing to decide are left above the subjects.
    const views = await ws.sidebar.getByRole('list').first().getByRole('button').allTextContents();
    expect(views.map((text) => text.replace(/\d+$/, ''))).toEqual(['Hidden by hand', 'Kept unassigned', 'All photos', 'Tag by hand (filmstrip)']);

    const places = placesOf(await desk.core.handlers['galleries.get']({ job: 'Day' }));
    const wrong = shoot.manifest.files
      .filter((file) => JSON.stringify(places.get(file.path) ?? []) !== JSON.stringify(truthOf(file)))
      .map((file) => `${file.path}: in ${JSON.stringify(places.get(file.path) ?? [])}, truth ${JSON.stringify(truthOf(file))}`);
    expect(wrong).toEqual([]);
  });

  test('undoes and redoes from the keyboard, and the database keeps it across a reload', async () => {
    const fixed = await desk.core.handlers['galleries.get']({ job: 'Day' });
    await ws.page.keyboard.press('Control+z');
    await expect(ws.status).toHaveText(/^Undone: /);
    await expect(ws.heldHeading()).toHaveText(/^Held for review: \d+$/);
    await ws.page.reload();
    await ws.openJob('Day');
    await expect(ws.heldHeading()).toHaveText(/^Held for review: \d+$/);
    await ws.page.getByRole('button', { name: 'History' }).click();
    const history = ws.page.getByRole('dialog', { name: 'History of changes' });
    await expect(history.getByRole('listitem').first()).toContainText('undone (Redo brings it back)');
    await expect(history.getByRole('listitem').nth(1)).not.toContainText('undone');
    await history.getByRole('button', { name: 'Close' }).click();
    await ws.page.keyboard.press('Control+Shift+Z');
    await expect(ws.status).toHaveText(/^Redone: /);
    await expect(ws.heldHeading()).toHaveText('Nothing held: the job is ready');
    expect(await desk.core.handlers['galleries.get']({ job: 'Day' })).toEqual(fixed);
  });

  test('works from the keyboard alone: move, extend, give to a new spare, preview, help', async () => {
    const subject = shoot.manifest.subjects[0];
    if (!subject) throw new Error('no subject');
    // To the subject through the search field, by keyboard.
    const search = ws.sidebar.getByLabel('Search subjects');
    await search.focus();
    await ws.page.keyboard.type(subject.code.toLowerCase());
    await ws.page.keyboard.press('Enter');
    await expect(ws.page.getByRole('heading', { level: 2, name: new RegExp(`^${subject.firstName} ${subject.lastName} · .* · ${subject.code}`) })).toBeVisible();
    const before = await ws.photoNames();
    expect(before.length).toBeGreaterThanOrEqual(2);

    await ws.page.keyboard.press('Escape');
    await ws.page.keyboard.press('ArrowRight');
    await ws.page.keyboard.press('Shift+ArrowRight');
    await expect(ws.grid.getByRole('option', { selected: true })).toHaveCount(2);
    await ws.page.keyboard.press('n');
    await expect(ws.status).toHaveText(/^2 photos assigned to new spare [A-Z0-9]{8}\.$/);
    await expect.poll(() => ws.photoNames()).toEqual(before.slice(2));
    await ws.page.keyboard.press('Control+z');
    await expect(ws.status).toHaveText(/^Undone: assign 2 photos to [A-Z0-9]{8}\.$/);
    await expect.poll(() => ws.photoNames()).toEqual(before);

    await ws.page.keyboard.press('Escape');
    await ws.page.keyboard.press('End');
    await ws.page.keyboard.press('Home');
    await ws.page.keyboard.press('Enter');
    const preview = ws.page.getByRole('dialog', { name: `Preview of ${before[0]}` });
    await expect(preview).toBeVisible();
    const camera = shoot.manifest.cameras.find((c) => c.id === shoot.manifest.files.find((f) => f.path === before[0])?.camera);
    await expect(preview).toContainText(`Camera${camera?.model ?? '?'}`);
    await ws.page.keyboard.press('ArrowRight');
    await expect(ws.page.getByRole('dialog', { name: `Preview of ${before[1]}` })).toBeVisible();
    await ws.page.keyboard.press('Escape');
    await expect(ws.page.getByRole('dialog')).toHaveCount(0);

    await ws.page.keyboard.press('?');
    const help = ws.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toContainText('Undo the last change');
    await expect(help).toContainText('Ctrl+Shift+Z');
    await ws.page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
  });

  test('splits a gallery with S, names the new spare, and drags a photo back onto its pupil', async () => {
    const subject = shoot.manifest.subjects.find((s) => s.inNamesList) ?? shoot.manifest.subjects[0];
    if (!subject) throw new Error('no subject');
    const pupil = `${subject.firstName} ${subject.lastName}`;
    await ws.view(new RegExp(`^${pupil}\\b`)).click();
    const photos = await ws.photoNames();
    expect(photos.length).toBeGreaterThanOrEqual(2);
    await ws.photo(photos[1] ?? '').click();
    await ws.page.keyboard.press('s');
    await expect(ws.status).toHaveText(new RegExp(`^${photos.length - 1} photos? assigned to new spare ([A-Z0-9]{8})\\.$`));
    const spare = /new spare ([A-Z0-9]{8})/.exec((await ws.status.textContent()) ?? '')?.[1] ?? '';
    await expect.poll(() => ws.photoNames()).toEqual(photos.slice(0, 1));

    await ws.view(new RegExp(spare)).click();
    await ws.page.getByRole('button', { name: 'Name this spare' }).click();
    await ws.page.getByLabel('First name').fill('Noor');
    await ws.page.getByLabel('Last name').fill('Haddad');
    await ws.page.getByRole('button', { name: 'Save' }).click();
    await expect(ws.status).toHaveText(`${spare} is now Noor Haddad.`);
    await expect(ws.view(/^Noor Haddad/)).toBeVisible();
    expect((await desk.core.handlers['subjects.list']({ job: 'Day' })).find((s) => s.code === spare)).toMatchObject({ firstName: 'Noor', lastName: 'Haddad', spare: false, photos: photos.length - 1 });

    await ws.photo(photos[1] ?? '').dragTo(ws.view(new RegExp(`^${pupil}\\b`)));
    await expect(ws.status).toHaveText(`1 photo assigned to ${pupil} (${subject.code}).`);
    const gallery = (await desk.core.handlers['galleries.get']({ job: 'Day' })).galleries.find((g) => g.code === subject.code);
    expect(gallery?.photos).toEqual(photos.slice(0, 2));
  });

  test('merges a gallery into its pupil’s with G, asking first when its code is activated', async () => {
    const subject = shoot.manifest.subjects.find((s) => s.inNamesList) ?? shoot.manifest.subjects[0];
    if (!subject) throw new Error('no subject');
    const pupil = `${subject.firstName} ${subject.lastName}`;
    const before = await desk.core.handlers['galleries.get']({ job: 'Day' });
    const noor = before.galleries.find((g) => g.subject.firstName === 'Noor');
    const target = before.galleries.find((g) => g.code === subject.code);
    if (!noor || !target) throw new Error('the split test left no gallery to merge');
    await desk.core.handlers['codes.activate']({ job: 'Day', all: false, codes: [noor.code] });
    await ws.page.reload();
    await ws.openJob('Day');
    await ws.view(/^Noor Haddad/).click();
    await ws.page.keyboard.press('g');
    const field = ws.page.getByLabel('Merge this gallery into');
    await expect(field).toBeFocused();
    await field.fill(subject.code.toLowerCase());
    // An activated code's parent would see nothing after the merge: declining changes nothing.
    ws.page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(`${noor.code} is activated: after the merge its parent sees no photos under it, and ${subject.code}'s parent sees them all. Merge?`);
      void dialog.dismiss();
    });
    await field.press('Enter');
    await expect(field).toHaveValue(subject.code.toLowerCase());
    expect(await desk.core.handlers['galleries.get']({ job: 'Day' })).toEqual(before);

    ws.page.once('dialog', (dialog) => void dialog.accept());
    await ws.page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(ws.status).toHaveText(`${noor.photos.length} photo${noor.photos.length === 1 ? '' : 's'} of ${noor.code} merged into ${subject.code}.`);
    await expect(ws.page.getByRole('heading', { name: new RegExp(`^${pupil} · .* · ${subject.code}`) })).toBeVisible();
    await expect.poll(() => ws.photoNames()).toEqual([...target.photos, ...noor.photos]);
    const after = await desk.core.handlers['galleries.get']({ job: 'Day' });
    expect(after.galleries.find((g) => g.code === noor.code)).toBeUndefined();
    expect(after.galleries.find((g) => g.code === subject.code)?.photos).toEqual([...target.photos, ...noor.photos]);
    await expect(ws.page.getByLabel('Assign to subject')).toBeVisible();
  });

  test('adds spare subjects for walk-ups, several at once', async () => {
    const before = (await desk.core.handlers['subjects.list']({ job: 'Day' })).length;
    ws.page.once('dialog', (dialog) => void dialog.accept('3'));
    await ws.page.getByRole('button', { name: 'Add spares…' }).click();
    await expect(ws.status).toHaveText(/^Added 3 spare subjects: [A-Z0-9]{8}, [A-Z0-9]{8}, [A-Z0-9]{8}\.$/);
    await expect(ws.sidebar.getByRole('heading', { name: `Subjects (${before + 3})` })).toBeVisible();
  });

  test('renames the job, then deletes it after a confirmation that names what is lost', async () => {
    await ws.page.getByRole('button', { name: '← Jobs' }).click();
    ws.page.once('dialog', (dialog) => void dialog.accept('Day 1'));
    await ws.page.getByRole('button', { name: 'Rename Day' }).click();
    await expect(ws.page.getByRole('cell', { name: 'Day 1', exact: true })).toBeVisible();
    ws.page.once('dialog', (dialog) => {
      expect(dialog.message()).toMatch(/retired for ever: the cards printed for it stop working/);
      void dialog.accept();
    });
    await ws.page.getByRole('button', { name: 'Delete Day 1' }).click();
    await expect(ws.page.getByText('No jobs yet.')).toBeVisible();
    expect(await desk.core.handlers['jobs.list']({})).toEqual([]);
  });
});
