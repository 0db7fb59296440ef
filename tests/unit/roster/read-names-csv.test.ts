import { describe, expect, it } from 'vitest';
import type { NamesParse } from '../../../electron/core/roster/names-table.js';
import { readNamesCsv } from '../../../electron/core/roster/read-names-csv.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = '\uFEFF';

function loaded(result: NamesParse): Extract<NamesParse, { ok: true }> {
  if (!result.ok) throw new Error(`expected the list to load, got row ${result.problem.row}: ${result.problem.message}`);
  return result;
}

describe('readNamesCsv', () => {
  it.each([
    { name: 'spaced headers', text: 'First Name,Last Name,Group,Access Code,Email\nMia,Weber,Class 3a,k7qx2mpa,mia@example.com\n' },
    { name: 'snake_case headers', text: 'first_name,last_name,group,access_code,email\nMia,Weber,Class 3a,K7QX2MPA,mia@example.com\n' },
    { name: 'CamelCase headers', text: 'FirstName,LastName,Class,AccessCode,EMail\nMia,Weber,Class 3a,K7QX2MPA,mia@example.com\n' },
    { name: 'UTF-8 with BOM', text: `${BOM}First Name,Last Name,Group,Access Code,Email\nMia,Weber,Class 3a,K7QX2MPA,mia@example.com\n` },
    { name: 'semicolons (European Excel)', text: 'First Name;Last Name;Group;Access Code;Email\r\nMia;Weber;Class 3a;K7QX2MPA;mia@example.com\r\n' },
    { name: 'quoted cells and blank lines', text: '"First Name","Last Name","Group","Access Code","Email"\n\n"Mia","Weber","Class 3a","K7QX2MPA","mia@example.com"\n,,,,\n' },
    { name: 'a code typed with spaces', text: 'First Name,Last Name,Group,Access Code,Email\nMia,Weber,Class 3a,K7QX 2MPA,mia@example.com\n' },
    { name: 'a code typed with a non-breaking space and lower case', text: 'First Name,Last Name,Group,Access Code,Email\nMia,Weber,Class 3a,k7qx\u00a02mpa ,mia@example.com\n' },
  ])('reads $name', ({ text }) => {
    const { rows, problems } = loaded(readNamesCsv(utf8(text)));
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: expect.any(Number) as number, firstName: 'Mia', lastName: 'Weber', group: 'Class 3a', grade: '', code: 'K7QX2MPA', email: 'mia@example.com', phone: null, externalId: null },
    ]);
  });

  it('reads Windows-1252 names (Excel on Windows)', () => {
    const bytes = Uint8Array.from([...utf8('First Name,Last Name\n'), 0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x2c, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a]);
    expect(loaded(readNamesCsv(bytes)).rows.map((r) => `${r.firstName} ${r.lastName}`)).toEqual(['Jürgen Müller']);
  });

  it.each([
    { name: 'duplicate code', text: 'First Name,Access Code\nMia,AAAA2222\nBen,aaaa2222\n', rows: 1, problem: { row: 3, message: 'access code AAAA2222 is already used on row 2; row skipped' } },
    { name: 'duplicate code, one typed with a space', text: 'First Name,Access Code\nMia,AAAA2222\nBen,AAAA 2222\n', rows: 1, problem: { row: 3, message: 'access code AAAA2222 is already used on row 2; row skipped' } },
    { name: 'no name', text: 'First Name,Last Name,Group\n,,3a\nBen,Ott,3a\n', rows: 1, problem: { row: 2, message: 'no first or last name; row skipped' } },
    { name: 'code that is too short once its spaces are gone', text: 'First Name,Access Code\nMia,A B\n', rows: 0, problem: { row: 2, message: 'access code "A B" is not 4–32 letters, digits or dashes; row skipped' } },
    { name: 'formula in code', text: 'First Name,Access Code\nMia,=HYPERLINK("x")\n', rows: 0, problem: { row: 2, message: expect.stringContaining('is not 4–32 letters') as string } },
  ])('reports $name with its row, keeping the other rows', ({ text, rows, problem }) => {
    const result = loaded(readNamesCsv(utf8(text)));
    expect(result.rows).toHaveLength(rows);
    expect(result.problems).toEqual([problem]);
  });

  it.each([
    {
      name: 'no name column',
      text: 'Code,Email\nAAAA2222,x@y.z\n',
      header: { columns: ['Code', 'Email'], mapping: { code: 'Code', email: 'Email' } },
      problem: { row: 1, message: 'no first or last name column in the header (found: Code, Email); if the names have other titles, say which with a column mapping (shootdesk names import --map)' },
    },
    { name: 'empty file', text: '', problem: { row: 1, message: 'the file is empty: expected a header row such as First Name,Last Name,Group,Access Code,Email' } },
    { name: 'blank lines only', text: '\r\n\r\n', problem: { row: 1, message: expect.stringContaining('the file is empty') as string } },
    {
      name: 'BOM and no header row',
      text: `${BOM}Mia,Weber,3a,K7QX2MPA\nBen,Ott,3a,AAAA2222\n`,
      header: { columns: ['Mia', 'Weber', '3a', 'K7QX2MPA'], mapping: {} },
      problem: { row: 1, message: 'no header row: the first row reads "Mia, Weber, 3a, K7QX2MPA"; add a first row with the column titles, such as First Name,Last Name,Group,Access Code,Email' },
    },
  ])('refuses a file with $name as a whole, naming the row and the header it found', ({ text, problem, header }) => {
    expect(readNamesCsv(utf8(text))).toEqual({ ok: false, problem, header });
  });

  it('gives each row the line its record starts on, a multi-line quoted cell read as one line', () => {
    const { rows } = loaded(readNamesCsv(utf8('First Name,Group\n"Mia","Class\n3a"\nBen,3b\n')));
    expect(rows.map((r) => [r.firstName, r.group, r.row])).toEqual([['Mia', 'Class 3a', 2], ['Ben', '3b', 4]]);
  });

  it.each([
    { name: 'a title with a comma above a semicolon header', text: 'Klassenliste, Stand 01.09.2026\n\nVorname;Nachname\nMia;Weber\nBen;Ott\n' },
    { name: 'a title with a semicolon above a comma header', text: 'Class list; autumn\nFirst Name,Last Name\nMia,Weber\nBen,Ott\n' },
    { name: 'quoted commas in a tab-separated list', text: 'First Name\tLast Name\n"Mia, Jr."\tWeber\n"Ben, Sr."\tOtt\n' },
    { name: 'quoted semicolons in a comma-separated list', text: 'First Name,Last Name\n"Mia;Lou",Weber\n"Ben;Jo",Ott\n' },
  ])('finds the delimiter with $name', ({ text }) => {
    expect(loaded(readNamesCsv(utf8(text))).rows.map((r) => r.lastName)).toEqual(['Weber', 'Ott']);
  });

  it.each([
    { name: 'a right single quote (0x92)', byte: 0x92, expected: 'O\u2019Brien' },
    { name: 'Š (0x8A)', byte: 0x8a, expected: 'O\u0160Brien' },
    { name: 'the euro sign (0x80)', byte: 0x80, expected: 'O\u20acBrien' },
    { name: 'é (0xE9), the same in Latin-1', byte: 0xe9, expected: 'O\u00e9Brien' },
  ])('reads $name of Windows-1252 as Windows-1252, not Latin-1', ({ byte, expected }) => {
    const bytes = Uint8Array.from([...utf8('Last Name\nO'), byte, ...utf8('Brien\n')]);
    expect(loaded(readNamesCsv(bytes)).rows.map((r) => r.lastName)).toEqual([expected]);
  });
});
