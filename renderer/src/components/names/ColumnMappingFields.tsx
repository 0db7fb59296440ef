import { NAME_FIELDS, type ColumnMapping, type NameField } from '../../../../shared/domain';
import { remapColumn } from '../../names/remap-column';

const FIELD_LABELS: Record<NameField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  group: 'Class',
  grade: 'Grade',
  code: 'Access code',
  email: 'Email',
  phone: 'Phone',
  externalId: 'Pupil ID',
};

/**
 * Which of the file's columns each field is read from, as the last preview read them (titles
 * Shootdesk knows, or the job's mapping from its last list); changing one previews again with it.
 */
export function ColumnMappingFields({ columns, mapping, busy, onMap }: { columns: readonly string[]; mapping: ColumnMapping; busy: boolean; onMap: (mapping: ColumnMapping) => void }) {
  return (
    <fieldset className="column-mapping">
      <legend>Columns of this file</legend>
      {NAME_FIELDS.map((field) => (
        <label key={field}>
          {FIELD_LABELS[field]}
          <select aria-label={`Column for ${FIELD_LABELS[field]}`} value={mapping[field] ?? ''} disabled={busy} onChange={(event) => onMap(remapColumn(mapping, field, event.target.value))}>
            <option value="">— none —</option>
            {columns.map((column, index) => (
              <option key={`${index}:${column}`} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
