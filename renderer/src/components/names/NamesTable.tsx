import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EditableField } from '../../../../shared/names/subject-fields';
import { findSubjects, indexSubjects } from '../../names/find-subjects';
import { cellText, moveCell, TABLE_COLUMNS, type Move } from '../../names/table-columns';
import { appStore, useAppStore } from '../../store/use-app-store';
import { NamesRow, type CellEditor } from './NamesRow';
import './names-table.css';

const ROW_HEIGHT = 34;
const TEMPLATE = TABLE_COLUMNS.map((column) => column.width).join(' ');
const ARROWS: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * The job's pupils and walk-up cards in school order, found by name, class or code as they are
 * typed, and corrected in place: Enter or a double-click edits a cell, Enter saves, Escape cancels,
 * Tab saves and edits the next cell. Rows are virtualized: a school of 5,000 scrolls like a class.
 */
export function NamesTable({ job }: { job: string }) {
  const rows = useAppStore((s) => (s.tableJob === job ? s.tableRows : null));
  const tableError = useAppStore((s) => s.tableError);
  const saveCell = useAppStore((s) => s.saveCell);
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState<string | null>(null);
  const index = useMemo(() => indexSubjects(rows ?? []), [rows]);
  const shown = useMemo(() => findSubjects(index, query, group), [index, query, group]);
  // The active cell is kept by code, so it stays on its pupil when an edit moves the row.
  const [active, setActive] = useState<{ code: string; column: number } | null>(null);
  const [editor, setEditor] = useState<CellEditor | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const activeRow = active === null ? -1 : shown.findIndex((subject) => subject.code === active.code);
  const at = { row: Math.max(0, activeRow), column: active?.column ?? 0 };
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (row) => shown[row]?.code ?? row,
  });

  useEffect(() => {
    if (activeRow >= 0) virtualizer.scrollToIndex(activeRow, { align: 'auto' });
  }, [activeRow, virtualizer]);
  // Keyboard focus follows the active cell while the table has it (the row may have just come into view).
  useEffect(() => {
    const grid = scroller.current;
    if (!grid || !grid.contains(document.activeElement) || active === null || editor !== null) return;
    const cell = grid.querySelector<HTMLElement>(`[data-cell="${CSS.escape(`${active.code}:${active.column}`)}"]`);
    if (cell && cell !== document.activeElement) cell.focus({ preventScroll: true });
  });

  const startEditing = (code: string, column: number): void => {
    const field = TABLE_COLUMNS[column];
    const subject = appStore.getState().tableRows?.find((row) => row.code === code);
    setActive({ code, column });
    if (!field?.editable || !subject) return;
    setEditor({ code, field: field.key as EditableField, draft: cellText(subject, column), error: null, saving: false });
  };

  /** Saves the cell being edited (nothing when unchanged); then leaves it, or edits the next one. */
  const commit = async (then: 'stay' | 'next' | 'previous'): Promise<void> => {
    if (editor === null || editor.saving) return;
    const column = TABLE_COLUMNS.findIndex((c) => c.key === editor.field);
    const subject = appStore.getState().tableRows?.find((row) => row.code === editor.code);
    // Where Tab leads is decided in the order the table had when Tab was pressed.
    const target = then === 'stay' ? null : moveCell({ row: shown.findIndex((s) => s.code === editor.code), column }, then, shown.length);
    const targetCode = target === null ? null : shown[target.row]?.code;
    if (subject && editor.draft !== cellText(subject, column)) {
      setEditor({ ...editor, saving: true });
      const refusal = await saveCell(editor.code, editor.field, editor.draft);
      if (refusal !== null) {
        setEditor({ ...editor, error: refusal, saving: false });
        return;
      }
    }
    setEditor(null);
    if (target !== null && targetCode !== undefined && targetCode !== null) startEditing(targetCode, target.column);
    else scroller.current?.focus();
  };

  const onGridKey = (event: KeyboardEvent): void => {
    if (editor !== null || shown.length === 0) return;
    const move = ARROWS[event.key];
    if (move) {
      event.preventDefault();
      const next = moveCell(at, move, shown.length);
      setActive({ code: shown[next.row]?.code ?? '', column: next.column });
    } else if ((event.key === 'Enter' || event.key === 'F2') && active !== null) {
      event.preventDefault();
      startEditing(active.code, active.column);
    }
  };

  const onEditorKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit('stay');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setEditor(null);
      scroller.current?.focus();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void commit(event.shiftKey ? 'previous' : 'next');
    }
  };

  const spares = rows?.filter((subject) => subject.spare).length ?? 0;
  return (
    <section className="names-table" aria-label="Pupils">
      <div className="names-toolbar">
        <input type="search" aria-label="Search names" placeholder="Name, class or code" value={query} onChange={(event) => setQuery(event.target.value)} />
        <select aria-label="Filter by class" value={group ?? ''} onChange={(event) => setGroup(event.target.value === '' ? null : event.target.value)}>
          <option value="">All classes</option>
          {index.groups.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <span className="hint" aria-live="polite">
          {rows === null ? 'Loading…' : `${shown.length} of ${rows.length - spares} pupils and ${spares} walk-up cards`}
        </span>
      </div>
      {tableError && <p className="error">{tableError}</p>}
      <div
        className="names-grid"
        role="grid"
        aria-label={`Names of ${job}`}
        aria-rowcount={shown.length + 1}
        aria-colcount={TABLE_COLUMNS.length}
        ref={scroller}
        tabIndex={active === null ? 0 : -1}
        onKeyDown={onGridKey}
        onFocus={(event) => {
          if (event.target === scroller.current && active === null && shown[0]) setActive({ code: shown[0].code, column: 0 });
        }}
      >
        <div role="row" aria-rowindex={1} className="names-header" style={{ gridTemplateColumns: TEMPLATE }}>
          {TABLE_COLUMNS.map((column) => (
            <div key={column.key} role="columnheader">
              {column.label}
            </div>
          ))}
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const subject = shown[item.index];
            if (!subject) return null;
            return (
              <NamesRow
                key={item.key}
                subject={subject}
                rowIndex={item.index + 2}
                top={item.start}
                template={TEMPLATE}
                activeColumn={active?.code === subject.code ? active.column : null}
                editor={editor?.code === subject.code ? editor : null}
                onActivate={(column) => {
                  // Clicking away from a cell being edited saves it, as a spreadsheet does.
                  if (editor !== null && !(editor.code === subject.code && TABLE_COLUMNS[column]?.key === editor.field)) void commit('stay');
                  setActive({ code: subject.code, column });
                }}
                onEdit={(column) => startEditing(subject.code, column)}
                onDraft={(draft) => setEditor((current) => (current === null ? null : { ...current, draft, error: null }))}
                onEditorKey={onEditorKey}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}
