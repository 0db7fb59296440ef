// Screenshots of the main screens for the README (docs/*.png): a generated shoot with held photos,
// sorted by the real core and shown by the built page through the browser bridge, at 1366×768
// (the smallest laptop screen the workspace is made for), and a page of printed QR cards.
// Run: npm run docs:screenshots
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { openBridge } from '../tests/support/open-bridge.js';
import { generateShoot } from '../tests/support/shoot/generate-shoot.js';
import { writeNamesCsv } from '../tests/support/shoot/names-csv.js';

const REPO = join(import.meta.dirname, '..');
const DOCS = join(REPO, 'docs');

async function shot(page: Page, name: string): Promise<void> {
  // Thumbnails fade in: wait until every one in sight is painted.
  await page.waitForFunction("[...document.querySelectorAll('img')].every((img) => img.complete)");
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(DOCS, `${name}.png`) });
  console.log(`docs/${name}.png`);
}

const work = mkdtempSync(join(tmpdir(), 'shootdesk-docs-'));
try {
  mkdirSync(DOCS, { recursive: true });
  const day = await generateShoot(join(work, 'day'), { seed: 91, subjects: 10, photosPerSubject: [4, 6], traps: ['lead-photos', 'glare-blown', 'background-card'] });
  await writeNamesCsv(day, join(work, 'day.csv'));
  const walkUps = await generateShoot(join(work, 'walk-ups'), { seed: 92, subjects: 5, photosPerSubject: [3, 4], cards: false });
  await writeNamesCsv(walkUps, join(work, 'walk-ups.csv'));
  const { core, bridge } = await openBridge(work, join(REPO, 'out', 'renderer'), 'docs-token-0123456789');
  await core.handlers['sort.run']({ folder: day.root, job: 'Hillside Primary 2026', names: join(work, 'day.csv') });
  await core.handlers['sort.run']({ folder: walkUps.root, job: 'Walk-ups', names: join(work, 'walk-ups.csv') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Open Hillside Primary 2026' }).click();
    await page.getByRole('listbox', { name: 'Photos' }).waitFor();
    await page.getByRole('listbox', { name: 'Photos' }).getByRole('option').first().click();
    await shot(page, 'review');

    const report = await core.handlers['galleries.get']({ job: 'Hillside Primary 2026' });
    const fullest = [...report.galleries].sort((a, b) => b.photos.length - a.photos.length)[0];
    await page.getByRole('navigation', { name: 'Job' }).getByRole('button', { name: new RegExp(`^${fullest?.subject.firstName} ${fullest?.subject.lastName}\\b`) }).click();
    await page.getByRole('listbox', { name: 'Photos' }).getByRole('option').nth(1).click();
    await page.keyboard.press('Shift+ArrowRight');
    await shot(page, 'gallery');

    await page.keyboard.press('?');
    await shot(page, 'shortcuts');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '← Jobs' }).click();
    await page.getByRole('button', { name: 'Open Walk-ups' }).click();
    await page.getByRole('navigation', { name: 'Job' }).getByRole('button', { name: /^Tag by hand/ }).click();
    const grid = page.getByRole('listbox', { name: 'Photos' });
    // The first photo of each pupil of the first camera, marked as she would.
    const firsts = walkUps.files.filter((file, i) => file.camera === walkUps.files[0]?.camera && file.shows?.[0] !== walkUps.files[i - 1]?.shows?.[0]);
    for (const file of firsts) {
      const pupil = walkUps.subjects.find((s) => s.code === file?.shows?.[0]);
      await grid.getByRole('option', { name: file?.path ?? '', exact: true }).click();
      await page.keyboard.press('m');
      await page.keyboard.type(`${pupil?.firstName} ${pupil?.lastName}`);
      await page.keyboard.press('Enter');
    }
    await shot(page, 'bulk-tagging');

    // A page of printed cards, as poppler renders the PDF: the list's pupils, then walk-up cards.
    await core.handlers['codes.generate']({ job: 'Hillside Primary 2026', spares: { count: 2 } });
    const cards = join(work, 'cards.pdf');
    await core.handlers['cards.print']({ job: 'Hillside Primary 2026', file: cards, paper: 'a4', layout: '3x3' });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', cards, join(DOCS, 'cards')]);
    console.log('docs/cards.png');

    // The first contact sheet the school hands the first class's teacher.
    await core.handlers['jobs.setShopUrl']({ name: 'Hillside Primary 2026', url: 'shop.example.com/hillside' });
    const sheets = join(work, 'contact-sheets.pdf');
    await core.handlers['contactSheets.print']({ job: 'Hillside Primary 2026', file: sheets, paper: 'a4' });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', sheets, join(DOCS, 'contact-sheet')]);
    console.log('docs/contact-sheet.png');
  } finally {
    await browser.close();
    await bridge.close();
    await core.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
