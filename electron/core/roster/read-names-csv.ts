import { parse } from 'csv-parse/sync';
import type { ColumnMapping } from '../../../shared/domain.js';
import { decodeText } from './decode-text.js';
import { namesFromTable, type NamesParse } from './names-table.js';

const DELIMITERS = [',', ';', '\t'] as const;
/** Lines looked at for the delimiter: the header and some pupils, below a title or two. */
const DELIMITER_SAMPLE_LINES = 12;

/**
 * The delimiter found on most of the list's first lines, quoted text left out (`"Nguyen, Thi"`):
 * a title above the header (`Klassenliste, Stand 01.09.2026`) has a comma, but the header and the
 * pupils below it all have semicolons. Lines that have both pick the one they hold more often.
 */
function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/, DELIMITER_SAMPLE_LINES * 2)
    .map((line) => line.replace(/"[^"]*("|$)/g, ''))
    .filter((line) => line.trim() !== '')
    .slice(0, DELIMITER_SAMPLE_LINES);
  const scores = DELIMITERS.map((delimiter) => {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    return { delimiter, lines: counts.filter((count) => count > 0).length, total: counts.reduce((a, b) => a + b, 0) };
  });
  scores.sort((a, b) => b.lines - a.lines || b.total - a.total);
  return scores[0]?.lines ? scores[0].delimiter : ',';
}

/** The line a record starts on: csv-parse counts to its end, past the line breaks quoted inside it. */
function firstLine(record: readonly string[], lastLine: number): number {
  return lastLine - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0);
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
  return namesFromTable({ records: records.map(({ record, info }) => ({ cells: record, row: firstLine(record, info.lines) })) }, mapping);
}
