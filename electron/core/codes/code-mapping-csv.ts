import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from '../roster/neutralise-cell.js';

export interface CodeMappingRow {
  old: string;
  code: string;
  firstName: string;
  lastName: string;
  group: string;
}

/** The old → new codes of a re-key, for the school and the shop: UTF-8 with a BOM, so Excel shows umlauts right. */
export function codeMappingCsv(rows: readonly CodeMappingRow[]): Buffer {
  const csv = stringify([
    ['Old Access Code', 'Access Code', 'First Name', 'Last Name', 'Class'],
    ...rows.map((row) => [row.old, row.code, row.firstName, row.lastName, row.group].map(neutraliseCell)),
  ]);
  return Buffer.from(`\uFEFF${csv}`, 'utf8');
}
