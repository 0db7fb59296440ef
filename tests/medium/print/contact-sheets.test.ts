import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCall } from '../../../shared/api/derive.js';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { analyseImage } from '../../../electron/core/media/analyse-image.js';
import { contactSheet } from '../../../electron/core/print/contact-sheet-layout.js';
import { parsePayload } from '../../../electron/core/qr/parse-payload.js';
import { detectQr } from '../../../electron/core/qr/qr-detect.js';
import type { Paper } from '../../../shared/domain.js';
import { shopLinkFor } from '../../../shared/shop-address.js';
import { RENDER_DPI, renderPages } from '../../support/render-pages.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

// Three classes, listed out of order: 1A is longer than a page (8 strips), 1B has a name longer than
// any strip is wide, 2C is in Cyrillic.
const NAMES = `First Name;Last Name;Class
Jonas;Jäger;1A
Zoë;Łukasz-Wiśniewska;1B
Ada;Adler;1A
Дарья;Смирнова;2C
Emil;Ebert;1A
Ben;Becker;1A
Maximilian-Alexander;Hohenzollern-Sigmaringen von Brandenburg;1B
Cem;Çelik;1A
Dana;Dietrich;1A
Fritz;Fischer;1A
Greta;Günther;1A
Hanna;Hoffmann;1A
Irina;Ivanova;1A
`;
/** Each class's pupils as the school hands the sheets out: by class, then last name. */
const CLASSES: [string, string[]][] = [
  ['1A', ['Adler', 'Becker', 'Çelik', 'Dietrich', 'Ebert', 'Fischer', 'Günther', 'Hoffmann', 'Ivanova', 'Jäger']],
  ['1B', ['Hohenzollern-Sigmaringen von Brandenburg', 'Łukasz-Wiśniewska']],
  ['2C', ['Смирнова']],
];
/** Pages: 1A takes two (8 + 2), 1B and 2C one each, never sharing. */
const PAGES: [group: string, lastNames: string[]][] = [
  ['1A', CLASSES[0]?.[1].slice(0, 8) ?? []],
  ['1A', CLASSES[0]?.[1].slice(8) ?? []],
  ['1B', CLASSES[1]?.[1] ?? []],
  ['2C', CLASSES[2]?.[1] ?? []],
];
const ALL_LAST_NAMES = CLASSES.flatMap(([, names]) => names);

describe('contact sheets for the school', () => {
  let work: string;
  let core: Core;
  let shoot: ShootManifest;
  let codeOf: Map<string, string>;
  let spareCodes: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-sheets-'));
    writeFileSync(join(work, 'names.csv'), NAMES);
    mkdirSync(join(work, 'not-yet-shot'));
    shoot = await generateShoot(join(work, 'shoot'), { seed: 8, subjects: 1, photosPerSubject: [2, 2] });
    core = createCore({ dbPath: join(work, 'db.sqlite'), cacheDir: join(work, 'cache'), emit: () => undefined });
    await core.handlers['sort.run']({ folder: join(work, 'not-yet-shot'), job: 'Hillside', names: join(work, 'names.csv') });
    await core.handlers['sort.run']({ folder: shoot.root, job: 'Shot' });
    spareCodes = (await core.handlers['codes.generate']({ job: 'Hillside', spares: { count: 2 } })).added;
    const subjects = await core.handlers['subjects.list']({ job: 'Hillside' });
    codeOf = new Map(subjects.filter((s) => !s.spare).map((s) => [s.lastName, s.code]));
  }, 120_000);
  afterAll(async () => {
    await core.close();
    await unlockShoot(shoot);
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses to print before the job has a shop address, and says how to set one', async () => {
    await expect(core.handlers['contactSheets.print']({ job: 'Hillside', file: join(work, 'early.pdf'), paper: 'a4' })).rejects.toThrow(
      'job "Hillside" has no shop address yet, and the sheets tell parents where to enter their code: set it with `shootdesk jobs shop "Hillside" <address>` or in the QR cards dialog',
    );
    expect(readdirSync(work).filter((name) => name.startsWith('early'))).toEqual([]);
  });

  it('keeps the shop address with the job, a bare host as https, and refuses what is no web address', async () => {
    const h = core.handlers;
    expect(await h['jobs.setShopUrl']({ name: 'Hillside', url: ' Shop.Example.com/Hillside ' })).toEqual({ url: 'https://shop.example.com/Hillside' });
    expect((await h['jobs.list']({})).map((job) => [job.name, job.shopUrl])).toEqual([
      ['Hillside', 'https://shop.example.com/Hillside'],
      ['Shot', null],
    ]);
    await expect(h['jobs.setShopUrl']({ name: 'Hillside', url: 'ftp://shop.example.com' })).rejects.toThrow('"ftp://shop.example.com" is no shop address: give a web address such as');
    await expect(h['jobs.setShopUrl']({ name: 'Nobody', url: 'shop.example.com' })).rejects.toThrow('no job named "Nobody"');
    // Through the desktop app's boundary, the contract refuses it before core is asked.
    expect(await handleCall(h, 'jobs.setShopUrl', { name: 'Hillside', url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('the shop address must be a web address') as string },
    });
    expect((await h['jobs.list']({}))[0]?.shopUrl).toBe('https://shop.example.com/Hillside');
  });

  const papers: Paper[] = ['a4', 'letter'];
  it.each(papers)('prints on %s each class on pages of its own, naming only its pupils, every QR code decoding to the pupil’s code', async (paper) => {
    const file = join(work, `sheets-${paper}.pdf`);
    expect(await core.handlers['contactSheets.print']({ job: 'Hillside', file, paper })).toEqual({ file, pages: 4, groups: 3, pupils: 13 });

    const pages = renderPages(file, join(work, `sheets-${paper}`));
    expect(pages).toHaveLength(PAGES.length);
    const sheet = contactSheet(paper);
    const px = (pt: number): number => Math.round((pt * RENDER_DPI) / 72);
    for (const [i, [group, lastNames]] of PAGES.entries()) {
      const page = pages[i] ?? '';
      const decoded: string[] = [];
      for (const row of sheet.rows) {
        const strip = await sharp(page).extract({ left: px(row.x), top: px(row.y), width: px(row.width), height: px(row.height) }).png().toBuffer();
        decoded.push(...(await detectQr((await analyseImage(strip)).qrFrame)).codes);
      }
      // Each strip's link once, in the school's order, and an empty strip decodes to nothing; the
      // sort reads each link as its pupil's code.
      expect(decoded).toEqual(lastNames.map((last) => shopLinkFor('https://shop.example.com/Hillside', codeOf.get(last) ?? '')));
      expect(decoded.map((payload) => parsePayload(payload))).toEqual(lastNames.map((last) => ({ kind: 'code', code: codeOf.get(last) })));

      const text = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' });
      expect(text).toContain(group);
      for (const last of ALL_LAST_NAMES) expect(text.includes(last), `${last} on page ${i + 1} (${group})`).toBe(lastNames.includes(last));
      for (const last of lastNames) expect(text.replace(/\s+/g, ' ')).toContain(`or go to shop.example.com/Hillside and enter the code ${codeOf.get(last)},`);
      for (const code of spareCodes) expect(text).not.toContain(code);
    }
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(paper === 'a4' ? /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/ : /Page size:\s+612 x 792 pts \(letter\)/);
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' })).toContain('Hillside · page 1 of 2');
  });

  it('never writes into a photo folder, and refuses a job without pupils on its list', async () => {
    await expect(core.handlers['contactSheets.print']({ job: 'Hillside', file: join(shoot.root, 'sheets.pdf'), paper: 'a4' })).rejects.toThrow(`is inside the photo folder ${shoot.root}`);
    await expect(core.handlers['contactSheets.print']({ job: 'Hillside', file: join(work, 'sheets.txt'), paper: 'a4' })).rejects.toThrow('name the contact sheets file with .pdf at the end');
    // The shot job's only subjects are spares made from its cards: no parent to hand a strip to.
    await core.handlers['jobs.setShopUrl']({ name: 'Shot', url: 'shop.example.com' });
    await expect(core.handlers['contactSheets.print']({ job: 'Shot', file: join(work, 'shot.pdf'), paper: 'a4' })).rejects.toThrow('job "Shot" has no pupils on its names list yet');
    expect(readdirSync(shoot.root).filter((name) => name.includes('sheets'))).toEqual([]);
    expect(readdirSync(work).filter((name) => name.endsWith('.part') || name === 'shot.pdf')).toEqual([]);
  });

  it('does the same from the command line', async () => {
    const db = join(work, 'db.sqlite');
    await core.close();
    const data = join(work, 'data');
    const bare = await runCli(['print', 'contact-sheets', '--job', 'Fresh', '--out', join(work, 'x.pdf'), '--db', db], data);
    expect(bare).toMatchObject({ code: 1, stderr: 'shootdesk: no job named "Fresh"\n' });
    const wrong = await runCli(['jobs', 'shop', 'Hillside', 'shop', '--db', db], data);
    expect(wrong).toMatchObject({ code: 1, stderr: expect.stringContaining('"shop" is no shop address') as string });
    const set = await runCli(['jobs', 'shop', 'Hillside', 'https://photos.hillside.example/order', '--db', db], data);
    expect(set).toMatchObject({ code: 0, stdout: 'Job "Hillside" sends parents to https://photos.hillside.example/order: the contact sheets print it.\n' });
    const file = join(work, 'cli-sheets.pdf');
    const printed = await runCli(['print', 'contact-sheets', '--job', 'Hillside', '--out', file, '--paper', 'Letter', '--db', db], data);
    expect(printed).toMatchObject({ code: 0, stdout: `Contact sheets for 13 pupils in 3 classes on 4 pages: ${file}\n` });
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(`or go to photos.hillside.example/order and enter the code ${codeOf.get('Adler')},`);
    const listed = JSON.parse((await runCli(['jobs', 'list', '--json', '--db', db], data)).stdout) as { name: string; shopUrl: string | null }[];
    expect(listed.find((job) => job.name === 'Hillside')?.shopUrl).toBe('https://photos.hillside.example/order');
    core = createCore({ dbPath: db, cacheDir: join(work, 'cache'), emit: () => undefined });
  });
});
