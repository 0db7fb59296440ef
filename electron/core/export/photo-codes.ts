import { stringify } from 'csv-stringify/sync';
import { outputPath, writeWhole } from '../app/write-output.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { buildReport } from '../jobs/build-report.js';
import { neutraliseCell } from '../roster/neutralise-cell.js';
import { inSchoolOrder } from '../../../shared/names/school-order.js';
import { jobFolder } from '../tagging/job-folder.js';
import { uploadFileNames } from './upload-file-names.js';

const TITLES = ['File Name', 'Path in Photo Folder', 'Access Code', 'First Name', 'Last Name', 'Group'];

/**
 * The metadata file for a shop upload without QR cards: one row per photo and code of every gallery,
 * exactly the photos its customer sees (the galleries' own rule, build-report.ts: no card frame, no
 * hidden photo), so a photo of siblings is one row per sibling. Pupils by class and name, then the
 * walk-up cards, whose placeholder names are no names and are left blank. UTF-8 with a byte order
 * mark, every cell safe to open in a spreadsheet.
 */
export async function exportPhotoCodes(db: Db, job: JobRow, file: string): Promise<{ file: string; rows: number; photos: number }> {
  const full = await outputPath(db, file, ['.csv'], 'photo codes list');
  const { galleries } = buildReport(db, job, jobFolder(db, job.id) ?? '.', [], 0);
  const ordered = inSchoolOrder(galleries.map((gallery) => ({ ...gallery.subject, gallery })));
  const uploadNames = uploadFileNames(galleries.flatMap((gallery) => gallery.photos));
  const rows = ordered.flatMap(({ gallery, spare }) =>
    gallery.photos.map((photo) => [
      uploadNames.get(photo) ?? photo,
      photo,
      gallery.code,
      spare ? '' : gallery.subject.firstName,
      spare ? '' : gallery.subject.lastName,
      gallery.subject.group,
    ]),
  );
  const csv = stringify([TITLES, ...rows.map((row) => row.map(neutraliseCell))]);
  await writeWhole(full, Buffer.from(`\uFEFF${csv}`, 'utf8'));
  return { file: full, rows: rows.length, photos: uploadNames.size };
}
