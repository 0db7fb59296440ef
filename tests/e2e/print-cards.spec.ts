import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, useDesk, type Shoot } from './fixtures.js';

// Before the shoot, from the jobs screen: walk-up cards topped up, the cards printed to a PDF, and a
// refusal to write among the originals, all against the real core.
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
});
