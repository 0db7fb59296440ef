import { parse } from 'csv-parse/sync';
import type { ColumnMapping } from '../../../shared/domain.js';
import { decodeText } from './decode-text.js';
import { namesFromTable, type NamesParse } from './names-table.js';

function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] ? counts[0][0] : ',';
}

/** Parses a CSV names list (comma, semicolon or tab; encoding found from the bytes); rows that cannot be used are reported with their line. */
export function readNamesCsv(bytes: Uint8Array, mapping: ColumnMapping = {}): NamesParse {
  const { text } = decodeText(bytes);
  // NUL never occurs in a names list once its encoding is known: this is a picture, a PDF, a binary.
  if (text.includes('\u0000')) return { ok: false, problem: { row: 1, message: 'is not a text file: save the list as CSV UTF-8 and give that file' } };
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
  return namesFromTable({ records: records.map(({ record, info }) => ({ cells: record, row: info.lines })) }, mapping);
}
