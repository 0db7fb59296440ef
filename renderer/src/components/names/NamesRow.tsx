import { useId, type KeyboardEvent } from 'react';
import type { EditableField } from '../../../../shared/names/subject-fields';
import { cellText, TABLE_COLUMNS } from '../../names/table-columns';
import type { SubjectDetails } from '../../store/names-table-slice';

/** The cell being edited: what is typed, and why the last save was refused. */
export interface CellEditor {
  code: string;
  field: EditableField;
  draft: string;
  error: string | null;
  saving: boolean;
}

interface RowProps {
  subject: SubjectDetails;
  /** 1-based, the header being row 1. */
  rowIndex: number;
  top: number;
  template: string;
  activeColumn: number | null;
  editor: CellEditor | null;
  onActivate: (column: number) => void;
  onEdit: (column: number) => void;
  onDraft: (draft: string) => void;
  onEditorKey: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function NamesRow({ subject, rowIndex, top, template, activeColumn, editor, onActivate, onEdit, onDraft, onEditorKey }: RowProps) {
  const errorId = useId();
  const who = `${subject.firstName} ${subject.lastName}`;
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-label={`${who} ${subject.code}`}
      className={`names-row ${subject.spare ? 'is-spare' : ''}`}
      style={{ transform: `translateY(${top}px)`, gridTemplateColumns: template }}
    >
      {TABLE_COLUMNS.map((column, index) => {
        const editing = editor !== null && editor.field === column.key;
        return (
          <div
            key={column.key}
            role="gridcell"
            aria-colindex={index + 1}
            aria-readonly={column.editable ? undefined : true}
            data-cell={`${subject.code}:${index}`}
            tabIndex={activeColumn === index && !editing ? 0 : -1}
            className={`names-cell ${activeColumn === index ? 'is-active' : ''} ${editing ? 'is-editing' : ''}`}
            onClick={() => onActivate(index)}
            onDoubleClick={() => onEdit(index)}
          >
            {editing ? (
              <>
                <input
                  aria-label={`${column.label} of ${who}`}
                  aria-invalid={editor.error !== null}
                  aria-describedby={editor.error === null ? undefined : errorId}
                  value={editor.draft}
                  readOnly={editor.saving}
                  autoFocus
                  onFocus={(event) => event.target.select()}
                  onChange={(event) => onDraft(event.target.value)}
                  onKeyDown={onEditorKey}
                />
                {editor.error !== null && (
                  <span id={errorId} role="alert" className="cell-error">
                    {editor.error}
                  </span>
                )}
              </>
            ) : (
              cellText(subject, index)
            )}
          </div>
        );
      })}
    </div>
  );
}
