import type { ColumnMapping, NameField } from '../../../shared/domain';

/**
 * The mapping once `field` is read from `column` ('' for none). A column feeds one field: a column
 * taken by another field moves to this one, as a column title can only mean one thing.
 */
export function remapColumn(mapping: ColumnMapping, field: NameField, column: string): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [other, title] of Object.entries(mapping) as [NameField, string][]) {
    if (other !== field && title !== column) next[other] = title;
  }
  if (column !== '') next[field] = column;
  return next;
}
