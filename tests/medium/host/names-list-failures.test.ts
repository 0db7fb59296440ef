import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortReportSchema } from '../../../shared/api/contract.js';
import type { SortReport } from '../../../shared/domain.js';
import { runCli } from '../../support/run-cli.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

const BOM = '\uFEFF';
const HEADER = 'First Name,Last Name,Group,Access Code,Email';

interface SubjectRow {
  id: number;
  firstName: string;
  lastName: string;
  group: string;
  email: string | null;
  spare: number;
  code: string;
  photos: number;
}

/** Every subject of the job as stored, with its code and how many photos are linked to it. */
function storedSubjects(db: string, job: string): SubjectRow[] {
  const store = new Database(db, { readonly: true });
  try {
    return store
      .prepare(
        `SELECT s.id, s.first_name AS firstName, s.last_name AS lastName, s.group_name AS "group", s.email, s.spare, c.code,
                (SELECT count(*) FROM photo_subjects ps WHERE ps.subject_id = s.id) AS photos
         FROM subjects s JOIN access_codes c ON c.subject_id = s.id JOIN jobs j ON j.id = s.job_id
         WHERE j.name = ? ORDER BY s.id`,
      )
      .all(job) as SubjectRow[];
  } finally {
    store.close();
  }
}

describe('a names list that cannot be used', () => {
  let work: string;
  let manifest: ShootManifest;
  const listRows = (): string[] => manifest.subjects.map((s) => [s.firstName, s.lastName, s.group, s.code, `${s.code.toLowerCase()}@example.com`].join(','));
  const write = (name: string, content: string | Buffer): string => {
    const file = join(work, name);
    writeFileSync(file, content);
    return file;
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-names-'));
    manifest = await generateShoot(join(work, 'shoot'), { seed: 41, subjects: 3, photosPerSubject: [2, 2] });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const cases: { name: string; file: () => string; stderr: (file: string) => string }[] = [
    { name: 'a mistyped path', file: () => join(work, 'names.cvs'), stderr: (f) => `names list ${f}: is not there (mistyped path, or the file was moved?)` },
    { name: 'an empty file', file: () => write('empty.csv', ''), stderr: (f) => `names list ${f}, row 1: the file is empty: expected a header row such as ${HEADER}` },
    {
      name: 'a BOM and no header row',
      file: () => write('no-header.csv', `${BOM}${listRows().join('\r\n')}\r\n`),
      stderr: (f) => `names list ${f}, row 1: no header row: the first row reads "${listRows()[0]?.split(',').join(', ') ?? ''}"; add a first row with the column titles, such as ${HEADER}`,
    },
    {
      name: 'an Excel 97–2003 workbook',
      // The compound-file signature every .xls starts with.
      file: () => write('names.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])),
      stderr: (f) => `names list ${f}: is an Excel 97–2003 workbook (.xls): in Excel choose File › Save As › Excel Workbook (.xlsx), and give that file`,
    },
    {
      name: 'a damaged Excel workbook',
      // The first bytes of every .xlsx: a zip entry named [Content_Types].xml; the rest is missing.
      file: () => write('names.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(18), Buffer.from('[Content_Types].xml<?xml')])),
      stderr: (f) => `names list ${f}: is not an Excel workbook Shootdesk can read (Corrupted zip: can't find end of central directory); save it as .xlsx or as CSV UTF-8`,
    },
    { name: 'a header and no names', file: () => write('header-only.csv', `${HEADER}\n`), stderr: (f) => `names list ${f}: has a header row but no names below it` },
    {
      name: 'no usable row',
      file: () => write('bad-codes.csv', `${HEADER}\nMia,Weber,3a,AB/3K,\nBen,Ott,3a,??,\n`),
      stderr: (f) => `names list ${f}: no row could be used (row 2: access code "AB/3K" is not 4–32 letters, digits or dashes; row 3: access code "??" is not 4–32 letters, digits or dashes)`,
    },
    {
      name: 'a symbolic link loop',
      file: () => {
        symlinkSync(join(work, 'loop-b.csv'), join(work, 'loop-a.csv'));
        symlinkSync(join(work, 'loop-a.csv'), join(work, 'loop-b.csv'));
        return join(work, 'loop-a.csv');
      },
      stderr: (f) => `names list ${f}: is a symbolic link loop (a link that leads back to itself); give the CSV file itself`,
    },
    { name: 'a folder', file: () => (mkdirSync(join(work, 'lists')), join(work, 'lists')), stderr: (f) => `names list ${f}: is a folder; give the CSV file itself` },
  ];

  it.each(cases)('fails on $name with exit 1, naming the file, and creates nothing', async ({ name, file, stderr }) => {
    const names = file();
    const data = join(work, `data-${name.replaceAll(' ', '-')}`);
    const db = join(data, 'shootdesk.sqlite');
    const run = await runCli(['sort', manifest.root, '--job', 'Spring', '--names', names, '--db', db], data);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: `shootdesk: ${stderr(names)}. Nothing was imported or sorted.\n` });
    // No job (so no blank-card job to find later), no photo registered, no preview cached.
    const jobs = await runCli(['jobs', 'list', '--json', '--db', db], data);
    expect(JSON.parse(jobs.stdout)).toEqual([]);
    expect(existsSync(join(data, 'cache')) ? readdirSync(join(data, 'cache')) : []).toEqual([]);
  });

  it('fails a dry run of a list without a name column as the import would, and shows its columns', async () => {
    const data = join(work, 'data-dry-run');
    const db = join(data, 'shootdesk.sqlite');
    const names = write('no-names.csv', 'Given,Family,Form\nMia,Weber,3a\n');
    const run = await runCli(['names', 'import', names, '--job', 'Spring', '--dry-run', '--db', db], data);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('row 1:');
    expect(run.stdout).toContain('Given');
    expect(storedSubjects(db, 'Spring')).toEqual([]);
  });

  it('leaves a job sorted earlier as it was', async () => {
    const data = join(work, 'data-earlier');
    const db = join(data, 'shootdesk.sqlite');
    const first = await runCli(['sort', manifest.root, '--job', 'Earlier', '--db', db], data);
    expect(first.code).toBe(0);
    const before = storedSubjects(db, 'Earlier');
    const bad = await runCli(['sort', manifest.root, '--job', 'Earlier', '--names', write('earlier.csv', `${HEADER}\n`), '--db', db], data);
    expect(bad.code).toBe(1);
    expect(storedSubjects(db, 'Earlier')).toEqual(before);
  });
});

describe('a names list given later, or corrected', () => {
  let work: string;
  let manifest: ShootManifest;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-names-later-'));
    manifest = await generateShoot(join(work, 'shoot'), { seed: 42, subjects: 3, photosPerSubject: [2, 3] });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('turns the spares of a blank-card sort into the named pupils, keeping subject, code and photos', async () => {
    const data = join(work, 'data');
    const db = join(data, 'shootdesk.sqlite');
    const sort = async (...extra: string[]): Promise<SortReport> => {
      const run = await runCli(['sort', manifest.root, '--job', 'Later', '--db', db, '--json', ...extra], data);
      expect(run.code).toBe(0);
      return sortReportSchema.parse(JSON.parse(run.stdout));
    };
    const blank = await sort();
    expect(blank.galleries.map((g) => `${g.subject.firstName} ${g.subject.lastName} ${String(g.subject.spare)}`).sort()).toEqual(['Spare One true', 'Spare Three true', 'Spare Two true']);
    const spares = storedSubjects(db, 'Later');

    // Codes as a school office types them: with a space in the middle.
    const [a, b, c] = manifest.subjects;
    if (!a || !b || !c) throw new Error('the shoot has three subjects');
    const spaced = (code: string): string => `${code.slice(0, 4)} ${code.slice(4)}`;
    const list = join(work, 'names.csv');
    writeFileSync(list, [`${HEADER}`, ...[a, b, c].map((s) => `${s.firstName},${s.lastName},${s.group},${spaced(s.code)},${s.code.toLowerCase()}@example.com`)].join('\n'));
    const named = await sort('--names', list);

    const after = storedSubjects(db, 'Later');
    expect(after.map(({ id, code, photos }) => ({ id, code, photos }))).toEqual(spares.map(({ id, code, photos }) => ({ id, code, photos })));
    const byCode = new Map(manifest.subjects.map((s) => [s.code, s]));
    for (const subject of after) {
      const person = byCode.get(subject.code);
      expect(subject).toMatchObject({ spare: 0, firstName: person?.firstName, lastName: person?.lastName, group: person?.group, email: `${subject.code.toLowerCase()}@example.com` });
    }
    expect(named.errors).toEqual([]);
    expect(named.galleries.map((g) => [g.code, g.photos])).toEqual(blank.galleries.map((g) => [g.code, g.photos]));
    expect(named.galleries.every((g) => !g.subject.spare && g.subject.firstName !== 'Spare')).toBe(true);

    // A corrected list: one pupil's name fixed, and a duplicate code on row 5 reported by row.
    writeFileSync(
      list,
      [`${HEADER}`, `${a.firstName}-Marie,${a.lastName},${a.group},${a.code},`, `${b.firstName},${b.lastName},${b.group},${b.code},`, `${c.firstName},${c.lastName},${c.group},${c.code},`, `Someone,Else,1A,${b.code},`].join('\n'),
    );
    const corrected = await sort('--names', list);
    expect(corrected.errors).toEqual([{ file: list, message: `row 5: access code ${b.code} is already used on row 3; row skipped` }]);
    expect(corrected.galleries.find((g) => g.code === a.code)?.subject.firstName).toBe(`${a.firstName}-Marie`);
    const final = storedSubjects(db, 'Later');
    expect(final.map((s) => s.id)).toEqual(spares.map((s) => s.id));
    // The corrected list has no email column values: the emails on record stay.
    expect(final.every((s) => s.email === `${s.code.toLowerCase()}@example.com`)).toBe(true);
  });
});
