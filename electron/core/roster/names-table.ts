import type { ColumnMapping, NameField } from '../../../shared/domain.js';
import { EMAIL_SHAPE } from '../../../shared/names/subject-fields.js';
import { normaliseCode } from '../codes/code-shape.js';
import { REPLACEMENT } from './decode-text.js';

export interface NameRow {
  /** 1-based row of the file (its line in a CSV, its row in a sheet), for messages. */
  row: number;
  firstName: string;
  lastName: string;
  /** Class, teacher or home room: the album the subject's photos go to. */
  group: string;
  grade: string;
  code: string | null;
  email: string | null;
  phone: string | null;
  /** The school's own id of the pupil: a list sent again is matched by it when it has no codes. */
  externalId: string | null;
}

export interface RowProblem {
  row: number;
  message: string;
}

/** A names list's cells, one record per non-empty row, with the row it came from. */
export interface NamesTable {
  records: { cells: string[]; row: number }[];
}

/** The row a list was read as its header: its column titles, and the column each field was read from. */
export interface NamesHeader {
  columns: string[];
  mapping: ColumnMapping;
}

/**
 * The list's rows and the rows it had to skip or warns about; or, when the file as a whole cannot be
 * a names list, why, with the header it was read with when there was one (to map its columns).
 */
export type NamesParse = { ok: true; header: NamesHeader; rows: NameRow[]; problems: RowProblem[] } | { ok: false; problem: RowProblem; header?: NamesHeader };

type Field = NameField;

// Header names are matched loosely (`First Name`, `first_name`, `FirstName`, `Vorname` all mean the
// same), in English and German as schools export them.
const HEADER_ALIASES: Record<string, Field> = {
  firstname: 'firstName', first: 'firstName', forename: 'firstName', givenname: 'firstName', vorname: 'firstName', rufname: 'firstName',
  lastname: 'lastName', last: 'lastName', surname: 'lastName', familyname: 'lastName', nachname: 'lastName', familienname: 'lastName',
  group: 'group', class: 'group', classname: 'group', form: 'group', klasse: 'group', team: 'group', teacher: 'group', homeroom: 'group',
  registrationgroup: 'group', tutorgroup: 'group', lehrer: 'group', lerngruppe: 'group',
  grade: 'grade', gradelevel: 'grade', year: 'grade', yeargroup: 'grade', jahrgang: 'grade', jahrgangsstufe: 'grade', stufe: 'grade',
  accesscode: 'code', code: 'code', accesskey: 'code', zugangscode: 'code',
  email: 'email', emailaddress: 'email', mail: 'email', parentemail: 'email',
  phone: 'phone', telephone: 'phone', phonenumber: 'phone', mobile: 'phone', telefon: 'phone', handy: 'phone',
  externalid: 'externalId', studentnumber: 'externalId', studentid: 'externalId', pupilid: 'externalId', upn: 'externalId', schuelerid: 'externalId', id: 'externalId',
};

export const EXAMPLE_HEADER = 'First Name,Last Name,Group,Access Code,Email';
/** How far down the column titles are looked for. */
const HEADER_SEARCH_ROWS = 10;

/** A column title as compared: letters only, lower case (`First Name`, `first_name`, `FirstName` are one). */
function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/ü/g, 'ue')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * What a column holds: the field a mapping gives its title, else the field its title means. A field
 * the mapping places elsewhere is not taken from a title too: one column per field.
 */
function columnReader(mapping: ColumnMapping): (title: string) => Field | undefined {
  const mapped = new Map(Object.entries(mapping).map(([field, title]) => [titleKey(title), field as Field]));
  const placed = new Set(mapped.values());
  return (title) => {
    const key = titleKey(title);
    const field = mapped.get(key) ?? HEADER_ALIASES[key.replace(/[0-9]/g, '')];
    return field !== undefined && (mapped.has(key) || !placed.has(field)) ? field : undefined;
  };
}

function headerOf(cells: readonly string[], fields: readonly (Field | undefined)[]): NamesHeader {
  const mapping: ColumnMapping = {};
  fields.forEach((field, index) => {
    if (field !== undefined) mapping[field] ??= cells[index] ?? '';
  });
  return { columns: cells.filter((cell) => cell.trim() !== ''), mapping };
}

/** A cell Shootdesk's export kept from running as a formula (`'=…`) reads as it was typed. */
function unneutralised(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
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

/**
 * Reads a names list from its cells: the first record is the header row, each later one a subject.
 * `mapping` names the columns whose titles Shootdesk does not know (`{"firstName": "Given"}`).
 * Rows that cannot be used are reported with their row and skipped; rows with a doubtful cell (an
 * email that is none, a character the file's encoding broke) are kept and reported.
 */
export function namesFromTable(table: NamesTable, mapping: ColumnMapping = {}): NamesParse {
  const fieldOf = columnReader(mapping);
  // A title or a date above the column titles (as school systems export them) is skipped: the list
  // starts at the first of its first rows that names a name column.
  const named = table.records.slice(0, HEADER_SEARCH_ROWS).findIndex(({ cells }) => cells.some((cell) => ['firstName', 'lastName'].includes(fieldOf(cell) ?? '')));
  const [headerRecord, ...body] = table.records.slice(Math.max(0, named));
  if (!headerRecord) return { ok: false, problem: { row: 1, message: `the file is empty: expected a header row such as ${EXAMPLE_HEADER}` } };
  const columns = headerRecord.cells.map(fieldOf);
  const header = headerOf(headerRecord.cells, columns);
  if (columns.every((column) => column === undefined)) {
    // Nothing in it names a column: this is the first pupil, and the titles were left out.
    return {
      ok: false,
      header,
      problem: {
        row: headerRecord.row,
        message: `no header row: the first row reads "${preview(headerRecord.cells)}"; add a first row with the column titles, such as ${EXAMPLE_HEADER}`,
      },
    };
  }
  const absent = Object.entries(mapping).filter(([, title]) => !headerRecord.cells.some((cell) => titleKey(cell) === titleKey(title)));
  if (absent.length > 0) {
    return { ok: false, header, problem: { row: headerRecord.row, message: `the mapping names ${absent.map(([, title]) => `“${title}”`).join(', ')}, not a column of the header (found: ${preview(headerRecord.cells)})` } };
  }
  if (!columns.includes('firstName') && !columns.includes('lastName')) {
    return { ok: false, header, problem: { row: headerRecord.row, message: `no first or last name column in the header (found: ${preview(headerRecord.cells)}); if the names have other titles, say which with a column mapping (shootdesk names import --map)` } };
  }

  const rows: NameRow[] = [];
  const problems: RowProblem[] = [];
  const rowOfCode = new Map<string, number>();
  for (const { cells, row } of body) {
    // A line break typed into a cell (Alt+Enter) or a non-breaking space pasted from a web page is
    // a space: the name prints on one line and matches the same name in the school's next list.
    const value = (field: Field): string => {
      const index = columns.indexOf(field);
      return index >= 0 ? unneutralised((cells[index] ?? '').replace(/\s+/g, ' ').trim()) : '';
    };
    if (cells.every((cell) => cell.trim() === '')) continue;
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
    const email = value('email');
    if (email && !EMAIL_SHAPE.test(email)) problems.push({ row, message: `"${email.slice(0, 60)}" is not an email address; the row is kept without it` });
    if (cells.some((cell) => cell.includes(REPLACEMENT))) {
      problems.push({ row, message: `a character could not be read (the file is UTF-8 but this row holds a byte that is not): "${preview(cells)}"; correct it in the list` });
    }
    rows.push({
      row,
      firstName,
      lastName,
      group: value('group'),
      grade: value('grade'),
      code,
      email: email && EMAIL_SHAPE.test(email) ? email : null,
      phone: value('phone') || null,
      externalId: value('externalId') || null,
    });
  }
  return { ok: true, header, rows, problems };
}
