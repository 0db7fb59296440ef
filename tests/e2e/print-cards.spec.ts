import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cardFace } from '../../shared/print/card-face.js';
import { cardSheet } from '../../shared/print/card-sheet.js';
import { expect, test, useDesk, type Shoot } from './fixtures.js';

// Before the shoot, from the jobs screen: walk-up cards topped up, the cards printed to a PDF, and a
// refusal to write among the originals; the first page previewed; the shop address kept with the job
// and the contact sheets printed for the school, all against the real core.
test.describe('printing the QR cards of a job', () => {
  const desk = useDesk();
  let shoot: Shoot;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    shoot = await desk.generateShoot({ seed: 33, subjects: 4, photosPerSubject: [2, 2] });
    await desk.core.handlers['sort.run']({ folder: shoot.manifest.root, job: 'Autumn', names: shoot.names });
    await desk.page.reload();
  });

  test('adds walk-up cards, prints 2×4 Letter cards that name every pupil, and never into the photo folder', async () => {
    const page = desk.page;
    await page.getByRole('button', { name: 'QR cards of Autumn' }).click();
    const dialog = page.getByRole('dialog', { name: 'QR cards of Autumn' });

    await dialog.getByLabel('Walk-up cards').fill('ten');
    await expect(dialog.getByText('Type a number of cards up to 1,000, or a share such as 10%.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Add walk-up cards' })).toBeDisabled();
    await dialog.getByLabel('Walk-up cards').fill('50%');
    await dialog.getByRole('button', { name: 'Add walk-up cards' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Added 2 walk-up cards: [A-Z0-9]{8}, [A-Z0-9]{8}\.$/);
    await dialog.getByRole('button', { name: 'Add walk-up cards' }).click();
    await expect(dialog.getByRole('status')).toHaveText('No walk-up card added: the job has 2 already.');

    await dialog.getByLabel('Save as').fill(join(shoot.manifest.root, 'cards.pdf'));
    await dialog.getByRole('button', { name: 'Print to PDF' }).click();
    await expect(dialog.getByRole('alert')).toContainText('is inside the photo folder');
    expect(readdirSync(shoot.manifest.root).filter((name) => name.includes('cards'))).toEqual([]);

    const file = join(desk.work, 'autumn-cards.pdf');
    await dialog.getByLabel('Cards per page').selectOption('2x4');
    await dialog.getByLabel('Paper').selectOption('letter');
    await dialog.getByLabel('Save as').fill(file);
    await dialog.getByRole('button', { name: 'Print to PDF' }).click();
    await expect(dialog.getByRole('status')).toHaveText(`6 cards (2 for walk-ups) on 1 page: ${file}`);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const subject of shoot.manifest.subjects) {
      expect(text).toContain(subject.code);
      expect(text).toContain(subject.firstName);
    }
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    // Walk-up cards are subjects: the jobs list counts them.
    await expect(page.getByRole('row', { name: /Autumn/ }).getByRole('cell').nth(1)).toHaveText('6');
  });

  test('previews the first page from the layout and paper chosen', async () => {
    const page = desk.page;
    await page.getByRole('button', { name: 'QR cards of Autumn' }).click();
    const dialog = page.getByRole('dialog', { name: 'QR cards of Autumn' });
    await dialog.getByLabel('Cards per page').selectOption('3x3');
    await dialog.getByLabel('Paper').selectOption('a4');
    const preview = dialog.getByRole('img', { name: /^First page:/ });
    await expect(preview).toHaveAccessibleName('First page: 9 cards on A4');
    await expect(preview.locator('[data-part="qr"]')).toHaveCount(9);
    // Two marks for each of the 4 vertical and 4 horizontal cuts.
    await expect(preview.locator('[data-part="cut-mark"]')).toHaveCount(16);

    await dialog.getByLabel('Cards per page').selectOption('2x4');
    await dialog.getByLabel('Paper').selectOption('letter');
    await expect(preview).toHaveAccessibleName('First page: 8 cards on US Letter');
    // US Letter is 612 × 792 points; the page is measured in points as the PDF is.
    const letter = cardSheet('letter', '2x4');
    await expect(preview).toHaveAttribute('viewBox', `0 0 ${letter.width} ${letter.height}`);
    expect([Math.round(letter.width), Math.round(letter.height)]).toEqual([612, 792]);
    await expect(preview.locator('[data-part="qr"]')).toHaveCount(8);
    // Where the PDF prints the last card's code, from the same geometry.
    const cell = letter.cells[7];
    if (!cell) throw new Error('no eighth card');
    const face = cardFace(cell, 21);
    const last = preview.locator('[data-part="qr"]').last();
    expect(Number(await last.getAttribute('x'))).toBeCloseTo(face.qr.x + face.quiet * face.module, 3);
    expect(Number(await last.getAttribute('width'))).toBeCloseTo(21 * face.module, 3);

    await dialog.getByLabel('Cards per page').selectOption('1');
    await expect(preview).toHaveAccessibleName('First page: 1 card on US Letter');
    await expect(preview.locator('[data-part="cut-mark"]')).toHaveCount(8);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  test('keeps the shop address with the job and prints each class its contact sheets', async () => {
    const page = desk.page;
    await page.getByRole('button', { name: 'QR cards of Autumn' }).click();
    const dialog = page.getByRole('dialog', { name: 'QR cards of Autumn' });
    const print = dialog.getByRole('button', { name: 'Print contact sheets' });
    await dialog.getByLabel('Save contact sheets as').fill(join(desk.work, 'autumn-sheets.pdf'));
    await expect(dialog.getByText('Save the shop address first: the sheets tell parents where to go.')).toBeVisible();
    await expect(print).toBeDisabled();

    await dialog.getByLabel('Shop address').fill('autumn shop');
    await expect(dialog.getByText(/^Type a web address such as/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save shop address' })).toBeDisabled();
    await dialog.getByLabel('Shop address').fill('Photos.Example.com/autumn');
    await dialog.getByRole('button', { name: 'Save shop address' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Parents are sent to https://photos.example.com/autumn.');
    await expect(dialog.getByLabel('Shop address')).toHaveValue('https://photos.example.com/autumn');
    expect((await desk.core.handlers['jobs.list']({})).find((job) => job.name === 'Autumn')?.shopUrl).toBe('https://photos.example.com/autumn');

    await dialog.getByLabel('Save contact sheets as').fill(join(shoot.manifest.root, 'sheets.pdf'));
    await print.click();
    await expect(dialog.getByRole('alert')).toContainText('is inside the photo folder');
    expect(readdirSync(shoot.manifest.root).filter((name) => name.includes('sheets'))).toEqual([]);

    const file = join(desk.work, 'autumn-sheets.pdf');
    await dialog.getByLabel('Paper').selectOption('a4');
    await dialog.getByLabel('Save contact sheets as').fill(file);
    await dialog.getByLabel('Save contact sheets as').press('Enter');
    const pupils = shoot.manifest.subjects.length;
    const classes = new Set(shoot.manifest.subjects.map((subject) => subject.group)).size;
    await expect(dialog.getByRole('status')).toHaveText(`Contact sheets for ${pupils} pupils in ${classes} classes on ${classes} pages: ${file}`);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const subject of shoot.manifest.subjects) expect(text).toContain(`or go to photos.example.com/autumn and enter the code ${subject.code},`);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);

    // The address is the job's: it is there when the dialog opens again.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'QR cards of Autumn' }).click();
    await expect(dialog.getByLabel('Shop address')).toHaveValue('https://photos.example.com/autumn');
    await expect(print).toBeEnabled();
  });
});
