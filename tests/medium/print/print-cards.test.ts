import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { analyseImage } from '../../../electron/core/media/analyse-image.js';
import { cardFace } from '../../../shared/print/card-face.js';
import { cardSheet } from '../../../shared/print/card-sheet.js';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import type { CardLayout, Paper } from '../../../shared/domain.js';
import { RENDER_DPI, renderPages } from '../../support/render-pages.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

/** Pixels per module the detector reads a card at, as in a photo where the card is small (README). */
const PHOTO_PX_PER_MODULE = 2.5;

// A class list as schools send them: accents, a Turkish ğ, Polish letters, Cyrillic, an apostrophe, a
// name longer than any card is wide, and two classes out of order.
const NAMES = `First Name;Last Name;Class
Zoë;Łukasz-Wiśniewska;2B
Ağça;Öztürk;1A
Maximilian-Alexander;Hohenzollern-Sigmaringen von Brandenburg;2B
Дарья;Смирнова;1A
Siobhán;O'Brien;1A
`;
/** The order the school hands cards out in: by class, then last name; then the walk-up cards. */
const IN_ORDER = ["O'Brien", 'Öztürk', 'Смирнова', 'Hohenzollern-Sigmaringen von Brandenburg', 'Łukasz-Wiśniewska'];

describe('printed QR cards', () => {
  let work: string;
  let core: Core;
  let codesInOrder: string[];
  let shoot: ShootManifest;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-cards-'));
    writeFileSync(join(work, 'names.csv'), NAMES);
    mkdirSync(join(work, 'not-yet-shot'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 5, subjects: 1, photosPerSubject: [2, 2] });
    core = createCore({ dbPath: join(work, 'db.sqlite'), cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: join(work, 'not-yet-shot'), job: 'Spring', names: join(work, 'names.csv') });
    await core.handlers['sort.run']({ folder: shoot.root, job: 'Shot' });
  }, 120_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it('tops the walk-up cards up to a share of the list or a number, never doubling them, with codes of the length asked', async () => {
    const h = core.handlers;
    const first = await h['codes.generate']({ job: 'Spring' });
    // 10 % of 5 pupils, rounded up.
    expect(first).toEqual({ added: [expect.stringMatching(/^[A-HJKMNP-Z2-9]{8}$/) as string], spares: 1, listed: 5 });
    expect(await h['codes.generate']({ job: 'Spring' })).toEqual({ added: [], spares: 1, listed: 5 });
    const more = await h['codes.generate']({ job: 'Spring', spares: { count: 3 }, length: 10 });
    expect(more.added).toHaveLength(2);
    for (const code of more.added) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
    expect(await h['codes.generate']({ job: 'Spring', spares: { percent: 40 } })).toEqual({ added: [], spares: 3, listed: 5 });
    const subjects = await h['subjects.list']({ job: 'Spring' });
    expect(new Set(subjects.map((s) => s.code)).size).toBe(8);
    const byLast = new Map(subjects.map((s) => [s.lastName, s.code]));
    codesInOrder = [...IN_ORDER.map((last) => byLast.get(last) ?? ''), first.added[0] ?? '', ...more.added];
  });

  const layouts: [Paper, CardLayout][] = [
    ['a4', '3x3'],
    ['letter', '2x4'],
    ['a4', '1'],
  ];
  it.each(layouts)('prints %s %s cards whose every code decodes back with the sort’s own decoder, in the school’s order, with the names as typed', async (paper, layout) => {
    const file = join(work, `cards-${paper}-${layout}.pdf`);
    const printed = await core.handlers['cards.print']({ job: 'Spring', file, paper, layout });
    const sheet = cardSheet(paper, layout);
    expect(printed).toEqual({ file, pages: Math.ceil(8 / sheet.cells.length), cards: 8, spares: 3 });

    const pages = renderPages(file, join(work, `${paper}-${layout}`));
    expect(pages).toHaveLength(printed.pages);
    const decoded: string[] = [];
    for (const page of pages) {
      for (const cell of sheet.cells) {
        const px = (pt: number): number => Math.round((pt * RENDER_DPI) / 72);
        const crop = await sharp(page).extract({ left: px(cell.x), top: px(cell.y), width: px(cell.width), height: px(cell.height) }).png().toBuffer();
        decoded.push(...(await detectQr((await analyseImage(crop)).qrFrame)).codes);
      }
    }
    // Every card once, in order, and an empty cell decodes to nothing.
    expect(decoded).toEqual(codesInOrder);

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const word of ['Zoë', 'Łukasz-Wiśniewska', 'Ağça', 'Öztürk', 'Дарья', 'Смирнова', "O'Brien", 'Siobhán', 'Spring', 'walk-up card', ...codesInOrder]) expect(text).toContain(word);
  });

  it.each(layouts.slice(0, 2))('reads a %s %s card as small as a portrait photo shows it: 2.5 px a module', async (paper, layout) => {
    const file = join(work, `cards-${paper}-${layout}.pdf`);
    const [page] = renderPages(file, join(work, `small-${paper}-${layout}`));
    const cell = cardSheet(paper, layout).cells[0];
    if (!page || !cell) throw new Error('no page');
    const px = (pt: number): number => Math.round((pt * RENDER_DPI) / 72);
    const moduleAtDpi = (cardFace(cell, 21).module * RENDER_DPI) / 72;
    const scale = PHOTO_PX_PER_MODULE / moduleAtDpi;
    const card = await sharp(page)
      .extract({ left: px(cell.x), top: px(cell.y), width: px(cell.width), height: px(cell.height) })
      .resize(Math.round(px(cell.width) * scale))
      .toBuffer();
    // The card held up in a 1,500-pixel frame of a grey studio background, as the scan reads a photo.
    const photo = await sharp({ create: { width: 1500, height: 1000, channels: 3, background: { r: 110, g: 110, b: 110 } } })
      .composite([{ input: card, left: 640, top: 380 }])
      .jpeg({ quality: 85 })
      .toBuffer();
    expect((await detectQr((await analyseImage(photo)).qrFrame)).codes).toEqual([codesInOrder[0]]);
  });

  it('never writes into a photo folder, and says what is wrong with a file name, a folder or a job', async () => {
    const print = (job: string, file: string) => core.handlers['cards.print']({ job, file, paper: 'a4', layout: '3x3' });
    await expect(print('Spring', join(shoot.root, 'cards.pdf'))).rejects.toThrow(`is inside the photo folder ${shoot.root}: Shootdesk never writes where the originals are`);
    await expect(print('Spring', join(shoot.root, 'cam-a', 'cards.pdf'))).rejects.toThrow(/is inside the photo folder/);
    await expect(print('Spring', join(work, 'cards.txt'))).rejects.toThrow('name the cards file with .pdf at the end');
    await expect(print('Spring', join(work, 'no-such-folder', 'cards.pdf'))).rejects.toThrow(`${join(work, 'no-such-folder')} is not a folder`);
    await expect(print('Nobody', join(work, 'cards.pdf'))).rejects.toThrow('no job named "Nobody"');
    // Nothing was left behind, in the photo folder or beside the names list.
    expect(readdirSync(shoot.root).filter((name) => name.includes('cards'))).toEqual([]);
    expect(readdirSync(work).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('does the same from the command line', async () => {
    const db = join(work, 'db.sqlite');
    await core.close();
    core = createCore({ dbPath: db, cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.close();
    const generated = await runCli(['codes', 'generate', '--job', 'Spring', '--spares', '5', '--db', db], join(work, 'data'));
    expect(generated.stdout).toMatch(/^Job "Spring": 5 pupils on the names list, each with a code\. Added 2 spare subjects: [A-Z0-9]{8} [A-Z0-9]{8}\.\n$/);
    const again = await runCli(['codes', 'generate', '--job', 'Spring', '--spares', '50%', '--db', db], join(work, 'data'));
    expect(again.stdout).toBe('Job "Spring": 5 pupils on the names list, each with a code. No spare subject added: the job has 5 spares already.\n');
    const file = join(work, 'cli-cards.pdf');
    const printed = await runCli(['print', 'cards', '--job', 'Spring', '--out', file, '--layout', '2x4', '--paper', 'Letter', '--db', db], join(work, 'data'));
    expect(printed.stdout).toBe(`10 cards (5 for walk-ups) on 2 pages: ${file}\n`);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const refused = await runCli(['print', 'cards', '--job', 'Spring', '--out', join(shoot.root, 'x.pdf'), '--db', db], join(work, 'data'));
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 1, stderr: expect.stringMatching(/is inside the photo folder/) as string });
    core = createCore({ dbPath: db, cacheDir: join(work, 'cache'), emit: () => undefined });
  });
});
