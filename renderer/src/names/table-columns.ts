import type { EditableField } from '../../../shared/names/subject-fields';
import type { SubjectDetails } from '../store/names-table-slice';

export type ColumnKey = EditableField | 'code' | 'photos' | 'activated';

export interface TableColumn {
  key: ColumnKey;
  label: string;
  /** Width in the grid template. */
  width: string;
  /** The code changes only through a re-key; counts and activation are not typed. */
  editable: boolean;
}

export const TABLE_COLUMNS: readonly TableColumn[] = [
  { key: 'firstName', label: 'First name', width: 'minmax(110px, 1.2fr)', editable: true },
  { key: 'lastName', label: 'Last name', width: 'minmax(110px, 1.2fr)', editable: true },
  { key: 'group', label: 'Class', width: 'minmax(60px, 0.6fr)', editable: true },
  { key: 'grade', label: 'Grade', width: 'minmax(50px, 0.5fr)', editable: true },
  { key: 'code', label: 'Access code', width: 'minmax(100px, 0.9fr)', editable: false },
  { key: 'email', label: 'Email', width: 'minmax(140px, 1.6fr)', editable: true },
  { key: 'phone', label: 'Phone', width: 'minmax(90px, 1fr)', editable: true },
  { key: 'externalId', label: 'Pupil ID', width: 'minmax(70px, 0.7fr)', editable: true },
  { key: 'photos', label: 'Photos', width: '64px', editable: false },
  { key: 'activated', label: 'Activated', width: '80px', editable: false },
];

export interface CellAt {
  row: number;
  column: number;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

/**
 * Where the active cell goes. Arrows stay in the table's bounds; Tab ('next') and Shift+Tab
 * ('previous') go to the next cell that can be edited, on to the following row at the end of one, as
 * in a spreadsheet, and stay put at the end of the table.
 */
export function moveCell(at: CellAt, move: Move, rows: number, columns: readonly TableColumn[] = TABLE_COLUMNS): CellAt {
  const last = { row: Math.max(0, rows - 1), column: columns.length - 1 };
  switch (move) {
    case 'up':
      return { row: Math.max(0, at.row - 1), column: at.column };
    case 'down':
      return { row: Math.min(last.row, at.row + 1), column: at.column };
    case 'left':
      return { row: at.row, column: Math.max(0, at.column - 1) };
    case 'right':
      return { row: at.row, column: Math.min(last.column, at.column + 1) };
    case 'next':
    case 'previous': {
      const step = move === 'next' ? 1 : -1;
      for (let flat = at.row * columns.length + at.column + step; flat >= 0 && flat < rows * columns.length; flat += step) {
        const column = flat % columns.length;
        if (columns[column]?.editable) return { row: Math.floor(flat / columns.length), column };
      }
      return at;
    }
  }
}

/** What a cell shows, and what its editor starts from. */
export function cellText(subject: SubjectDetails, column: number): string {
  const key = TABLE_COLUMNS[column]?.key;
  if (key === undefined) return '';
  if (key === 'activated') return subject.activated ? 'Yes' : '';
  if (key === 'photos') return String(subject.photos);
  return subject[key] ?? '';
}
