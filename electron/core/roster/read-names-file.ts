import { readFile } from 'node:fs/promises';
import type { ColumnMapping } from '../../../shared/domain.js';
import { NamesListError } from './names-list-error.js';
import type { NameRow, NamesHeader, RowProblem } from './names-table.js';
import { readNamesCsv } from './read-names-csv.js';

export interface NamesList {
  /** As the user gave it, for messages. */
  file: string;
  header: NamesHeader;
  rows: NameRow[];
  problems: RowProblem[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // .xlsx (and .ods, .numbers, which exceljs refuses)
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls of Excel 97–2003

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'is not there (mistyped path, or the file was moved?)';
  if (code === 'EISDIR') return 'is a folder; give the CSV file itself';
  if (code === 'EACCES' || code === 'EPERM') return 'could not be read (permission denied); check its permissions';
  if (code === 'ELOOP') return 'is a symbolic link loop (a link that leads back to itself); give the CSV file itself';
  return `could not be read (${code ?? (error as Error).message})`;
}

/**
 * Reads and parses the names list at `file`, its columns as `mapping` names them where it does. Throws a NamesListError when the file as a whole is
 * no usable names list (missing, a spreadsheet, no header row); rows it had to skip are returned.
 */
export async function readNamesFile(file: string, mapping: ColumnMapping = {}): Promise<NamesList> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new NamesListError(file, readProblem(error));
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new NamesListError(file, 'is an Excel 97–2003 workbook (.xls): in Excel choose File › Save As › Excel Workbook (.xlsx), and give that file');
  }
  // exceljs and its ~700 modules cost a sort with a CSV list (or none) 0.3 s of start-up: loaded for .xlsx only.
  const parsed = startsWith(bytes, ZIP_MAGIC) ? await (await import('./read-names-xlsx.js')).readNamesXlsx(file, bytes, mapping) : readNamesCsv(bytes, mapping);
  if (!parsed.ok) throw new NamesListError(file, parsed.problem.message, parsed.problem.row, parsed.header);
  return { file, header: parsed.header, rows: parsed.rows, problems: parsed.problems };
}
