import ExcelJS from 'exceljs';
import type { ColumnMapping } from '../../../shared/domain.js';
import { NamesListError } from './names-list-error.js';
import { namesFromTable, type NamesParse, type NamesTable } from './names-table.js';

/**
 * Reads the first sheet with data of an Excel workbook (.xlsx) as a names list. A cell reads as
 * Excel shows it: a formula as its result, rich text as its text, a date as YYYY-MM-DD, and a cell
 * inside a merged range as the range's value (a class typed once beside all its pupils). A file
 * that is no workbook it can open (an .ods, a damaged download) throws a NamesListError for `file`.
 */
export async function readNamesXlsx(file: string, bytes: Buffer, mapping: ColumnMapping = {}): Promise<NamesParse> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; the bytes are what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new NamesListError(file, `is not an Excel workbook Shootdesk can read (${(error as Error).message}); save it as .xlsx or as CSV UTF-8`);
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) return { ok: false, problem: { row: 1, message: 'the workbook has no sheet with data' } };
  const table: NamesTable = { records: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.actualColumnCount || column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column)));
    if (cells.some((cell) => cell.trim() !== '')) table.records.push({ cells, row: rowNumber });
  });
  return namesFromTable(table, mapping);
}

/**
 * A number shown with leading zeros by a format such as `000000` reads as shown: a pupil id 004711
 * stored as 4711 must match the 004711 of the school's next list, sent as CSV.
 */
function cellText(cell: ExcelJS.Cell): string {
  const text = textOf(cell.value);
  const zeros = /^0+$/.exec(cell.numFmt ?? '');
  return zeros && /^\d+$/.test(text) ? text.padStart(zeros[0].length, '0') : text;
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return textOf(value.result);
  if ('text' in value) return textOf(value.text);
  if ('error' in value) return '';
  return '';
}
