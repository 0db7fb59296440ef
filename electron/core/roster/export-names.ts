import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { outputPath, writeWhole } from '../app/write-output.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { listSubjectDetails, type SubjectDetails } from '../db/subjects.js';
import { neutraliseCell } from './neutralise-cell.js';
import { inSchoolOrder } from '../../../shared/names/school-order.js';

/** The columns, titled so `names import` reads the file back as it was. */
const COLUMNS: [title: string, value: (subject: SubjectDetails) => string][] = [
  ['First Name', (s) => s.firstName],
  ['Last Name', (s) => s.lastName],
  ['Class', (s) => s.group],
  ['Grade', (s) => s.grade],
  ['Access Code', (s) => s.code],
  ['Email', (s) => s.email ?? ''],
  ['Phone', (s) => s.phone ?? ''],
  ['Pupil ID', (s) => s.externalId ?? ''],
];

/**
 * The job's names list with its access codes, as CSV (UTF-8 with a byte order mark, so Excel shows
 * umlauts right) or as an Excel workbook, the pupils by class and name. Walk-up cards are no pupils
 * of the list until named: they are left out, so the file read back in names nobody "Spare One".
 */
export async function exportNames(db: Db, job: JobRow, file: string): Promise<{ file: string; rows: number }> {
  const full = await outputPath(db, file, ['.csv', '.xlsx'], 'names list');
  const subjects = inSchoolOrder(listSubjectDetails(db, job.id).filter((subject) => !subject.spare));
  const rows = subjects.map((subject) => COLUMNS.map(([, value]) => value(subject)));
  const titles = COLUMNS.map(([title]) => title);
  if (full.toLowerCase().endsWith('.csv')) {
    const csv = stringify([titles, ...rows.map((row) => row.map(neutraliseCell))]);
    await writeWhole(full, Buffer.from(`\uFEFF${csv}`, 'utf8'));
  } else {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Names');
    sheet.addRow(titles).font = { bold: true };
    // Every cell is a text value, never a formula: nothing a parent typed runs when it opens.
    for (const row of rows) sheet.addRow(row);
    sheet.columns.forEach((column) => (column.width = 18));
    await writeWhole(full, Buffer.from(await workbook.xlsx.writeBuffer()));
  }
  return { file: full, rows: rows.length };
}
