import { parse } from 'csv-parse/sync';
import { normaliseCode } from '../codes/code-shape.js';

export interface NameRow {
  /** 1-based line of the row in the file, for messages. */
  row: number;
  firstName: string;
  lastName: string;
  group: string;
  code: string | null;
  email: string | null;
}

export interface RowProblem {
  row: number;
  message: string;
}

/** The list's rows and the rows it had to skip; or, when the file as a whole cannot be a names list, why. */
export type NamesCsv = { ok: true; rows: NameRow[]; problems: RowProblem[] } | { ok: false; problem: RowProblem };

type Field = 'firstName' | 'lastName' | 'group' | 'code' | 'email';

// Header names are matched loosely: `First Name`, `first_name` and `FirstName` all mean the same.
const HEADER_ALIASES: Record<string, Field> = {
  firstname: 'firstName', first: 'firstName', forename: 'firstName', givenname: 'firstName', vorname: 'firstName',
  lastname: 'lastName', last: 'lastName', surname: 'lastName', familyname: 'lastName', nachname: 'lastName',
  group: 'group', class: 'group', classname: 'group', form: 'group', klasse: 'group', team: 'group',
  accesscode: 'code', code: 'code', accesskey: 'code',
  email: 'email', emailaddress: 'email', mail: 'email', parentemail: 'email',
};

const EXAMPLE_HEADER = 'First Name,Last Name,Group,Access Code,Email';

function fieldOf(header: string): Field | undefined {
  return HEADER_ALIASES[header.toLowerCase().replace(/[^a-z]/g, '')];
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (Excel's default export). */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] ? counts[0][0] : ',';
}

/** The first cells of a row, shortened, for a message about it. */
function preview(cells: readonly string[]): string {
  const shown = cells.slice(0, 6).map((cell) => (cell.length > 40 ? `${cell.slice(0, 40)}…` : cell));
  return `${shown.join(', ')}${cells.length > 6 ? ', …' : ''}`;
}

/**
 * The access code in a names-list cell. Spaces are dropped first: a code typed into a spreadsheet
 * as `AB3K 7QXP` is the code on the card with a typo, and the card itself never has one.
 */
function codeOfCell(cell: string): string | null {
  return normaliseCode(cell.replace(/\s+/g, ''));
}

/** Parses a names list; rows that cannot be used are reported with their line, the rest are kept. */
export function readNamesCsv(bytes: Uint8Array): NamesCsv {
  const text = decodeText(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      // A stray quote inside a cell (`=HYPERLINK("x")`) is kept as text rather than failing the file.
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, problem: { row: line, message: `not a readable CSV file: ${(error as Error).message}` } };
  }

  const [headerRecord, ...body] = records;
  if (!headerRecord) return { ok: false, problem: { row: 1, message: `the file is empty: expected a header row such as ${EXAMPLE_HEADER}` } };
  const columns = headerRecord.record.map(fieldOf);
  const headerRow = headerRecord.info.lines;
  if (columns.every((column) => column === undefined)) {
    // Nothing in it names a column: this is the first pupil, and the titles were left out.
    return {
      ok: false,
      problem: {
        row: headerRow,
        message: `no header row: the first row reads "${preview(headerRecord.record)}"; add a first row with the column titles, such as ${EXAMPLE_HEADER}`,
      },
    };
  }
  if (!columns.includes('firstName') && !columns.includes('lastName')) {
    return { ok: false, problem: { row: headerRow, message: `no first or last name column in the header (found: ${preview(headerRecord.record)})` } };
  }

  const rows: NameRow[] = [];
  const problems: RowProblem[] = [];
  const rowOfCode = new Map<string, number>();
  for (const { record, info } of body) {
    const value = (field: Field): string => {
      const index = columns.indexOf(field);
      return index >= 0 ? (record[index] ?? '').trim() : '';
    };
    if (record.every((cell) => cell.trim() === '')) continue;
    const row = info.lines;
    const firstName = value('firstName');
    const lastName = value('lastName');
    if (!firstName && !lastName) {
      problems.push({ row, message: 'no first or last name; row skipped' });
      continue;
    }
    const written = value('code');
    const code = written ? codeOfCell(written) : null;
    if (written && !code) {
      problems.push({ row, message: `access code "${written.slice(0, 40)}" is not 4–32 letters, digits or dashes; row skipped` });
      continue;
    }
    if (code) {
      const earlier = rowOfCode.get(code);
      if (earlier !== undefined) {
        problems.push({ row, message: `access code ${code} is already used on row ${earlier}; row skipped` });
        continue;
      }
      rowOfCode.set(code, row);
    }
    rows.push({ row, firstName, lastName, group: value('group'), code, email: value('email') || null });
  }
  return { ok: true, rows, problems };
}
