import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { quoteShort } from '../core/text/escape-control.js';

export interface MarkRow {
  photo: string;
  /** Null for a new spare subject (the cell left empty). */
  code: string | null;
}

/**
 * The marks file of `shootdesk bulk`: a header `photo,code`, then one row per subject's first photo,
 * the code empty for a new spare. Anything else is refused naming the file and row, before a change;
 * a bad file is not a misuse of the command, so the usage is not printed.
 */
export async function readMarksCsv(file: string): Promise<MarkRow[]> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new Error(`${file}: cannot read the marks file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let rows: string[][];
  try {
    const parsed: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true });
    rows = parsed;
  } catch (error) {
    throw new Error(`${file}: not a CSV file (${(error as Error).message})`);
  }
  const [header, ...body] = rows;
  const columns = (header ?? []).map((cell) => cell.toLowerCase());
  const photoAt = columns.indexOf('photo');
  const codeAt = columns.indexOf('code');
  if (photoAt < 0 || codeAt < 0) throw new Error(`${file}: the first row must be the header photo,code`);
  if (body.length === 0) throw new Error(`${file}: no marks below the header`);
  return body.map((cells, i) => {
    const photo = cells[photoAt] ?? '';
    if (!photo) throw new Error(`${file}: row ${i + 2} names no photo (${quoteShort(cells.join(','), 80)})`);
    return { photo, code: cells[codeAt] ? (cells[codeAt] ?? null) : null };
  });
}
