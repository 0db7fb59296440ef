import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { bulkPreview, type BulkAnnotation } from '../../workspace/bulk-preview';
import { useFling } from '../../workspace/use-fling';
import { useViewOrder } from '../../workspace/use-view-order';
import type { PhotoInfo } from '../../workspace/view-photos';
import { Thumb } from './Thumb';

/** Photos dragged onto a subject in the sidebar: the selection moves to that subject. */
export const PHOTOS_DRAG_TYPE = 'application/x-shootdesk-photos';

const CELL_WIDTH = 176;
const ROW_HEIGHT = 216;

const rowHeight = (): number => ROW_HEIGHT;

/** The width the rows get, as the resize observer's content box reports it: without the padding. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/**
 * The thumbnails of the current view. Rows are virtualized (not cells): only the rows in sight
 * exist, so 20,000 photos scroll like 20. One cell is tabbable (the focused one).
 */
export function PhotoGrid() {
  const order = useViewOrder();
  const photos = useAppStore((s) => s.photos);
  const missing = useAppStore((s) => s.missing);
  const report = useAppStore((s) => s.report);
  const view = useAppStore((s) => s.view);
  const selection = useAppStore((s) => s.selection);
  const selectPhoto = useAppStore((s) => s.selectPhoto);
  const openPreview = useAppStore((s) => s.openPreview);
  const setColumns = useAppStore((s) => s.setColumns);
  const scroller = useRef<HTMLDivElement>(null);
  const { flinging, onScroll } = useFling();
  const [width, setWidth] = useState(0);
  const info = useMemo(() => new Map(photos.map((photo) => [photo.name, photo])), [photos]);
  const indexPhoto = view.kind === 'gallery' ? (report?.galleries.find((g) => g.code === view.code)?.index ?? null) : null;
  const streams = useAppStore((s) => s.streams);
  const marks = useAppStore((s) => s.marks);
  const subjects = useAppStore((s) => s.subjects);
  const bulk = view.kind === 'bulk';
  const annotations = useMemo(() => (bulk && streams ? bulkPreview(streams, marks, subjects) : null), [bulk, streams, marks, subjects]);
  // Where a camera's stream begins in the filmstrip: a mark never spans across it.
  const streamStarts = useMemo(() => new Set(bulk && streams ? streams.map((stream) => stream[0] ?? '') : []), [bulk, streams]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // Read now, before the first paint: the observer reports only after it, and a grid first drawn
    // one column wide asks for a few thumbnails, then for the rest of the screen a frame later.
    setWidth(contentWidth(element));
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const columns = Math.max(1, Math.floor(width / CELL_WIDTH));
  useEffect(() => setColumns(columns), [columns, setColumns]);

  // Stable while the view and the width stay: a new key function each render would make the
  // virtualizer measure every row again on every scroll step (2,800 rows at 20,000 photos).
  const rowKey = useCallback((row: number) => order[row * columns] ?? row, [order, columns]);
  const virtualizer = useVirtualizer({
    count: Math.ceil(order.length / columns),
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    overscan: 2,
    getItemKey: rowKey,
  });

  // The focused photo is brought into view through the virtualizer: its row may not exist yet.
  const focusAt = selection.focus === null ? -1 : order.indexOf(selection.focus);
  useEffect(() => {
    if (focusAt >= 0) virtualizer.scrollToIndex(Math.floor(focusAt / columns), { align: 'auto' });
  }, [focusAt, columns, virtualizer]);
  // Keyboard focus follows the focused photo while the grid has it.
  useEffect(() => {
    const grid = scroller.current;
    if (!grid || !grid.contains(document.activeElement) || selection.focus === null) return;
    const cell = grid.querySelector<HTMLElement>(`[data-photo="${CSS.escape(selection.focus)}"]`);
    if (cell && cell !== document.activeElement) cell.focus({ preventScroll: true });
  });

  // The cells' handlers never change, so a cell already on screen is not drawn again while the grid
  // scrolls: only the rows that come into sight are. They read the selection as it is when called.
  const selectionNow = useRef(selection);
  selectionNow.current = selection;
  const click = useCallback(
    (event: MouseEvent, photo: string): void => selectPhoto(photo, event.shiftKey ? 'range' : event.metaKey || event.ctrlKey ? 'toggle' : 'replace'),
    [selectPhoto],
  );
  const dragStart = useCallback(
    (event: DragEvent, photo: string): void => {
      // Dragging an unselected photo drags it alone, as in a file browser.
      if (!selectionNow.current.selected.has(photo)) selectPhoto(photo, 'replace');
      event.dataTransfer.setData(PHOTOS_DRAG_TYPE, photo);
      event.dataTransfer.effectAllowed = 'move';
    },
    [selectPhoto],
  );

  if (order.length === 0) {
    return (
      <div className="grid-empty" ref={scroller}>
        No photos here.
      </div>
    );
  }
  return (
    <div className="grid-scroller" ref={scroller} onScroll={onScroll} role="listbox" aria-label="Photos" aria-multiselectable="true">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div key={row.key} role="presentation" className="grid-row" style={{ transform: `translateY(${row.start}px)`, gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
            {order.slice(row.index * columns, row.index * columns + columns).map((name) => (
              <Cell
                key={name}
                name={name}
                info={info.get(name)}
                gonePath={missing.get(name)}
                selected={selection.selected.has(name)}
                focused={selection.focus === name || (selection.focus === null && name === order[0])}
                isIndex={name === indexPhoto}
                annotation={annotations?.get(name)}
                streamStart={streamStarts.has(name)}
                flinging={flinging}
                onClick={click}
                onOpen={openPreview}
                onDragStart={dragStart}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

interface CellProps {
  name: string;
  info: PhotoInfo | undefined;
  /** Where the original was, when it has gone from disk. */
  gonePath: string | undefined;
  selected: boolean;
  focused: boolean;
  isIndex: boolean;
  annotation: BulkAnnotation | undefined;
  streamStart: boolean;
  /** The grid is being flung past: a thumbnail not yet loaded waits until it comes to rest. */
  flinging: boolean;
  onClick: (event: MouseEvent, photo: string) => void;
  onOpen: (photo: string) => void;
  onDragStart: (event: DragEvent, photo: string) => void;
}

const Cell = memo(function Cell({ name, info, gonePath, selected, focused, isIndex, annotation, streamStart, flinging, onClick, onOpen, onDragStart }: CellProps) {
  const goneId = useId();
  return (
    <div
      role="option"
      aria-selected={selected}
      aria-label={name}
      aria-describedby={gonePath === undefined ? undefined : goneId}
      title={name}
      data-photo={name}
      tabIndex={focused ? 0 : -1}
      className={`cell ${selected ? 'is-selected' : ''} ${focused ? 'is-focused' : ''} ${annotation?.mark ? 'is-marked' : ''}`}
      onClick={(event) => onClick(event, name)}
      onDoubleClick={() => onOpen(name)}
      draggable
      onDragStart={(event) => onDragStart(event, name)}
    >
      <div className="cell-image">
        <Thumb sha256={info?.sha256 ?? null} kind="thumb" defer={flinging} />
        <span className="badges">
          {gonePath !== undefined && <GoneBadge id={goneId} path={gonePath} />}
          {isIndex && <span className="badge">Index</span>}
          {info?.kind === 'card' && <span className="badge badge-card">Card</span>}
          {info?.hiddenByHand && <span className="badge">Hidden</span>}
          {streamStart && <span className="badge">{info?.camera || 'Unknown camera'}</span>}
        </span>
        {annotation?.mark && <span className="mark">Starts: {annotation.mark}</span>}
      </div>
      <span className="cell-name">{baseName(name)}</span>
      {annotation?.target && <span className="cell-target">→ {annotation.target}</span>}
    </div>
  );
});

/**
 * The original is no longer where it was imported from; the thumbnail still shows, from the cache.
 * A cell's contents are not read out (an option's children are presentational), so the cell points
 * at the sentence with the path as its description.
 */
function GoneBadge({ id, path }: { id: string; path: string }) {
  return (
    <>
      <span className="badge badge-gone" title={`Gone from disk: ${path}`}>
        File gone
      </span>
      <span id={id} hidden>
        Original gone from disk: {path}
      </span>
    </>
  );
}
