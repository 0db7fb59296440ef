import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { placesOf } from '../../support/places-of.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';

const NAMES = [
  ['Zoë', 'Łukasz-Wiśniewska', '2B'],
  ['Ağça', 'Öztürk', '1A'],
  ['Jürgen', 'Müller', '1A'],
  ['Дарья', 'Смирнова', '2B'],
] as const;

/** Each pupil as `First Last (Group)`, the way the assertions compare lists. */
async function pupils(core: Core, job: string): Promise<string[]> {
  return (await core.handlers['subjects.list']({ job })).filter((s) => !s.spare).map((s) => `${s.firstName} ${s.lastName} (${s.group})`);
}

const EXPECTED = NAMES.map(([first, last, group]) => `${first} ${last} (${group})`);

describe('importing names lists as schools send them', () => {
  let work: string;
  let core: Core;
  const file = (name: string, bytes: Uint8Array | string): string => {
    const path = join(work, name);
    writeFileSync(path, bytes);
    return path;
  };
  const importInto = (job: string, path: string, dryRun = false) => core.handlers['names.import']({ job, file: path, dryRun });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-names-'));
    core = createCore({ dbPath: join(work, 'db.sqlite'), cacheDir: join(work, 'cache'), emit: () => undefined });
  });
  afterAll(async () => {
    await core.close();
    rmSync(work, { recursive: true, force: true });
  });

  const text = `First Name\tLast Name\tClass\n${NAMES.map((row) => row.join('\t')).join('\n')}\n`;
  const utf16le = (value: string): Buffer => Buffer.from(value, 'utf16le');
  const encodings: [what: string, bytes: () => Uint8Array][] = [
    ['UTF-16 LE with a byte order mark (Excel’s “Unicode text”)', () => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)])],
    ['UTF-16 LE without one', () => utf16le(text)],
    ['UTF-16 BE with one', () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16le(text).swap16()])],
    ['UTF-8 with a byte order mark', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
  ];
  it.each(encodings)('reads %s', async (what, bytes) => {
    const job = `Encoding ${what}`;
    const result = await importInto(job, file(`${encodings.findIndex(([w]) => w === what)}.txt`, bytes()));
    expect(result).toMatchObject({ added: 4, updated: 0, unchanged: 0, rows: 4, problems: [], dryRun: false });
    expect(await pupils(core, job)).toEqual(EXPECTED);
  });

  it('reads Windows-1252 with semicolons, the CSV of Excel on a German Windows', async () => {
    const bytes = Buffer.from('Vorname;Nachname;Klasse\nJürgen;Müller;1A\nRenée;Weiß;2B\n', 'latin1');
    await importInto('Latin', file('latin.csv', bytes));
    expect(await pupils(core, 'Latin')).toEqual(['Jürgen Müller (1A)', 'Renée Weiß (2B)']);
  });

  it('keeps every name of a UTF-8 list with one broken byte, and names the row that holds it', async () => {
    const good = Buffer.from('First Name,Last Name,Class\nZoë,Łukasz,2B\n');
    const broken = Buffer.concat([Buffer.from('Ana'), Buffer.from([0xef]), Buffer.from('s,Lefèvre,1A\nJürgen,Müller,1A\n')]);
    const result = await importInto('Broken byte', file('broken.csv', Buffer.concat([good, broken])));
    expect(await pupils(core, 'Broken byte')).toEqual(['Zoë Łukasz (2B)', 'Ana\uFFFDs Lefèvre (1A)', 'Jürgen Müller (1A)']);
    expect(result.problems).toEqual([{ row: 3, message: expect.stringMatching(/^a character could not be read \(the file is UTF-8 but this row holds a byte that is not\): "Ana\uFFFDs, Lefèvre, 1A"/) as string }]);
  });

  it('reads an Excel workbook: German headers, a class merged down its pupils, formulas, rich text, numbers and dates', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Leer');
    const sheet = workbook.addWorksheet('Klasse 1A');
    sheet.addRow(['Schülerliste 2026']);
    sheet.addRow([]);
    sheet.addRow(['Vorname', 'Nachname', 'Klasse', 'Jahrgang', 'Student_Number', 'E-Mail', 'Geburtstag']);
    sheet.addRow(['Ağça', 'Öztürk', '1A', 1, 1001, 'agca@example.org', new Date(Date.UTC(2019, 4, 3))]);
    sheet.addRow([{ formula: '"Jür"&"gen"', result: 'Jürgen' }, { richText: [{ text: 'Mül' }, { text: 'ler', font: { bold: true } }] }, null, 1, 1002, 'not an email', null]);
    sheet.addRow(['Siobhán', "O'Brien", null, 1, 1003, null, null]);
    sheet.mergeCells('C4:C6');
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await importInto('Excel', file('klasse.xlsx', bytes));
    // The title row above the header names no column: the list starts where the header does.
    expect(result.problems).toEqual([{ row: 5, message: '"not an email" is not an email address; the row is kept without it' }]);
    expect(await pupils(core, 'Excel')).toEqual(['Ağça Öztürk (1A)', 'Jürgen Müller (1A)', "Siobhán O'Brien (1A)"]);
  });

  it('reads 5,000 rows', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Kind${i},Nummer${i},${(i % 25) + 1}A,${10_000 + i}`);
    const result = await importInto('Big', file('big.csv', `First Name,Last Name,Class,Pupil ID\n${rows.join('\n')}\n`));
    expect(result).toMatchObject({ added: 5000, rows: 5000, problems: [] });
    expect(new Set((await core.handlers['subjects.list']({ job: 'Big' })).map((s) => s.code)).size).toBe(5000);
  }, 60_000);

  it('updates a job from the list sent again: matched by pupil id, else by name and class; nobody removed; a dry run writes nothing', async () => {
    const first = file('first.csv', 'First Name,Last Name,Class,Pupil ID\nMia,Weber,3a,P1\nBen,Ott,3a,P2\nLea,Roth,3b,\nTom,Frey,3b,P4\n');
    await importInto('Again', first);
    const codes = new Map((await core.handlers['subjects.list']({ job: 'Again' })).map((s) => [s.firstName, s.code]));
    // Ben moved class (found by his id), Mia's name was corrected (found by her id), Lea is the same
    // (found by name and class), Tom left, Ida is new.
    const second = file('second.csv', 'First Name,Last Name,Class,Pupil ID\nMia,Weber-Klein,3a,P1\nBen,Ott,3c,P2\nLea,Roth,3b,\nIda,Sand,3b,P5\n');
    const before = await pupils(core, 'Again');
    const preview = await importInto('Again', second, true);
    expect(preview).toEqual({
      added: 1,
      updated: 2,
      unchanged: 1,
      rows: 4,
      notInList: [{ firstName: 'Tom', lastName: 'Frey', group: '3b', code: codes.get('Tom') }],
      problems: [],
      dryRun: true,
      columns: ['First Name', 'Last Name', 'Class', 'Pupil ID'],
      mapping: { firstName: 'First Name', lastName: 'Last Name', group: 'Class', externalId: 'Pupil ID' },
    });
    expect(await pupils(core, 'Again')).toEqual(before);
    expect(await importInto('Again', second)).toEqual({ ...preview, dryRun: false });
    const after = await core.handlers['subjects.list']({ job: 'Again' });
    expect(after.map((s) => `${s.firstName} ${s.lastName} (${s.group}) ${s.code === codes.get(s.firstName) ? 'same code' : 'new code'}`)).toEqual([
      'Mia Weber-Klein (3a) same code',
      'Ben Ott (3c) same code',
      'Lea Roth (3b) same code',
      'Tom Frey (3b) same code',
      'Ida Sand (3b) new code',
    ]);
    // A dry run into a job that does not exist leaves no job behind.
    await importInto('Not yet', second, true);
    expect((await core.handlers['jobs.list']({})).map((job) => job.name)).not.toContain('Not yet');
  });

  it('exports the list with its codes as CSV and .xlsx that read back unchanged, formulas kept from running', async () => {
    await importInto('Export', file('export-source.csv', 'First Name,Last Name,Class,Email,Pupil ID\nZoë,Łukasz,2B,zoe@example.org,P9\n"=HYPERLINK(""http://evil.example"",""Mia"")",Weber,1A,,P10\nJürgen,Müller,1A,,\n'));
    await core.handlers['codes.generate']({ job: 'Export', spares: { count: 2 } });
    const csv = await core.handlers['names.export']({ job: 'Export', file: join(work, 'export.csv') });
    expect(csv).toEqual({ file: join(work, 'export.csv'), rows: 3 });
    const written = readFileSync(csv.file);
    expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = written.toString('utf8').slice(1).trim().split('\n');
    expect(lines[0]).toBe('First Name,Last Name,Class,Grade,Access Code,Email,Phone,Pupil ID');
    // By class, then last name: Müller, Weber (whose first name is a formula), then class 2B.
    expect(lines[1]).toMatch(/^Jürgen,Müller,1A,,[A-Z0-9]{8},,,$/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""Mia""\)",Weber,1A,,[A-Z0-9]{8},,,P10$/);
    expect(lines[3]).toMatch(/^Zoë,Łukasz,2B,,[A-Z0-9]{8},zoe@example\.org,,P9$/);
    expect(lines).toHaveLength(4);
    expect(await importInto('Export', csv.file)).toMatchObject({ added: 0, updated: 0, unchanged: 3, problems: [] });

    const xlsx = await core.handlers['names.export']({ job: 'Export', file: join(work, 'export.xlsx') });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.file);
    const formula = workbook.worksheets[0]?.getCell('A3');
    expect({ type: formula?.type, value: formula?.value }).toEqual({ type: ExcelJS.ValueType.String, value: '=HYPERLINK("http://evil.example","Mia")' });
    expect(await importInto('Export', xlsx.file)).toMatchObject({ added: 0, updated: 0, unchanged: 3, problems: [] });
    await expect(core.handlers['names.export']({ job: 'Export', file: join(work, 'export.ods') })).rejects.toThrow('name the names list file with .csv or .xlsx at the end');
  });

  it('keeps two pupils of one class with one name apart, list after list, and tells pupils apart by their id', async () => {
    const twins = file('twins.csv', 'First Name,Last Name,Class\nLea,Roth,3b\nLea,Roth,3b\nBen,Ott,3b\n');
    expect(await importInto('Twins', twins)).toMatchObject({ added: 3, updated: 0, unchanged: 0, notInList: [] });
    expect(await importInto('Twins', twins)).toMatchObject({ added: 0, updated: 0, unchanged: 3, notInList: [] });
    expect(await pupils(core, 'Twins')).toEqual(['Lea Roth (3b)', 'Lea Roth (3b)', 'Ben Ott (3b)']);
    // With ids: a new Ben with another id is a new pupil, not the Ben already there.
    await importInto('Ids', file('ids.csv', 'First Name,Last Name,Class,Pupil ID\nBen,Ott,3b,P1\n'));
    expect(await importInto('Ids', file('ids-2.csv', 'First Name,Last Name,Class,Pupil ID\nBen,Ott,3b,P1\nBen,Ott,3b,P2\n'))).toMatchObject({ added: 1, unchanged: 1 });
    expect(await pupils(core, 'Ids')).toEqual(['Ben Ott (3b)', 'Ben Ott (3b)']);
  });

  it('reads columns it does not know by a mapping, which the job keeps for the school’s next list', async () => {
    const odd = 'Given;Family;Form;Pupil no.\nMia;Weber;3a;7\nBen;Ott;3b;8\n';
    await expect(importInto('Mapped', file('odd.csv', odd))).rejects.toThrow(/no first or last name column in the header \(found: Given, Family, Form, Pupil no\.\); if the names have other titles, say which with a column mapping/);
    // Its preview shows the columns to map, and the one it knew.
    expect(await importInto('Mapped', file('odd.csv', odd), true)).toMatchObject({ rows: 0, columns: ['Given', 'Family', 'Form', 'Pupil no.'], mapping: { group: 'Form' } });
    const map = { firstName: 'Given', lastName: 'family', group: 'FORM', externalId: 'Pupil no.' };
    const preview = await core.handlers['names.import']({ job: 'Mapped', file: file('odd.csv', odd), dryRun: true, map });
    expect(preview).toMatchObject({ added: 2, problems: [] });
    // A dry run keeps no mapping either.
    expect((await core.handlers['jobs.list']({})).map((job) => job.name)).not.toContain('Mapped');
    await core.handlers['names.import']({ job: 'Mapped', file: file('odd.csv', odd), dryRun: false, map });
    expect(await pupils(core, 'Mapped')).toEqual(['Mia Weber (3a)', 'Ben Ott (3b)']);
    // Next term's list, same layout, no mapping given: read with the job's, Ben matched by his number.
    const next = await importInto('Mapped', file('odd-next.csv', 'Given;Family;Form;Pupil no.\nBen;Ott;4b;8\nIda;Sand;4a;9\n'));
    expect(next).toMatchObject({ added: 1, updated: 1, unchanged: 0, problems: [] });
    expect(await pupils(core, 'Mapped')).toEqual(['Mia Weber (3a)', 'Ben Ott (4b)', 'Ida Sand (4a)']);
    // A preview says what is wrong with a mapping, and shows the file's columns to map instead.
    expect(await core.handlers['names.import']({ job: 'Mapped', file: file('odd.csv', odd), dryRun: true, map: { firstName: 'Vorname' } })).toEqual({
      added: 0,
      updated: 0,
      unchanged: 0,
      rows: 0,
      notInList: [],
      problems: [{ row: 1, message: 'the mapping names “Vorname”, not a column of the header (found: Given, Family, Form, Pupil no.)' }],
      dryRun: true,
      columns: ['Given', 'Family', 'Form', 'Pupil no.'],
      mapping: { group: 'Form' },
    });
    await expect(core.handlers['names.import']({ job: 'Mapped', file: file('odd.csv', odd), dryRun: false, map: { firstName: 'Vorname' } })).rejects.toThrow(
      /row 1: the mapping names “Vorname”, not a column of the header \(found: Given, Family, Form, Pupil no\.\)/,
    );
  });

  describe('on a sorted shoot', () => {
    let manifest: ShootManifest;
    beforeAll(async () => {
      manifest = await generateShoot(join(work, 'shoot'), { seed: 12, subjects: 4, photosPerSubject: [2, 3] });
      await writeNamesCsv(manifest, join(work, 'shoot-names.csv'));
      await core.handlers['sort.run']({ folder: manifest.root, job: 'Shot', names: join(work, 'shoot-names.csv') });
    }, 120_000);
    afterAll(() => unlockShoot(manifest));

    it('keeps every photo link when a corrected list moves a pupil and drops another, from the command line', async () => {
      const before = await core.handlers['galleries.get']({ job: 'Shot' });
      const [moved, dropped, ...rest] = manifest.subjects;
      if (!moved || !dropped) throw new Error('two subjects expected');
      const rows = [moved, ...rest].map((s) => `${s.firstName},${s.lastName},${s === moved ? 'New class' : s.group},${s.code}`);
      const corrected = file('corrected.csv', `First Name,Last Name,Class,Access Code\n${rows.join('\n')}\n`);
      await core.close();
      const db = join(work, 'db.sqlite');
      const dry = await runCli(['names', 'import', corrected, '--job', 'Shot', '--dry-run', '--db', db], join(work, 'data'));
      expect(dry.stdout).toBe(
        [
          `Dry run: nothing written. Names list ${corrected} into job "Shot": ${rows.length} rows for pupils: 0 would be added, 1 would be changed, ${rows.length - 1} unchanged.`,
          'Not in this list (they would be kept, with their codes and photos): 1 pupil',
          `  ${dropped.code}  ${dropped.firstName} ${dropped.lastName} (${dropped.group})`,
          '',
        ].join('\n'),
      );
      expect((await runCli(['names', 'import', corrected, '--job', 'Shot', '--db', db], join(work, 'data'))).code).toBe(0);
      core = createCore({ dbPath: db, cacheDir: join(work, 'cache'), emit: () => undefined });
      const after = await core.handlers['galleries.get']({ job: 'Shot' });
      expect(placesOf(after)).toEqual(placesOf(before));
      expect(after.galleries.find((g) => g.code === moved.code)?.subject.group).toBe('New class');
      expect(after.galleries.find((g) => g.code === dropped.code)?.photos).toEqual(before.galleries.find((g) => g.code === dropped.code)?.photos);
    });
  });

  it('refuses an Excel 97–2003 file and a file that is not there, naming them', async () => {
    mkdirSync(join(work, 'folder.csv'));
    await expect(importInto('X', file('old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])))).rejects.toThrow(/old\.xls: is an Excel 97–2003 workbook \(\.xls\)/);
    await expect(importInto('X', join(work, 'nope.csv'))).rejects.toThrow(/nope\.csv: is not there/);
    await expect(importInto('X', join(work, 'folder.csv'))).rejects.toThrow(/folder\.csv: is a folder/);
  });
});
