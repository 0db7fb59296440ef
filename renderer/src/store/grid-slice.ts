import type { StateCreator } from 'zustand/vanilla';
import { EMPTY_SELECTION, keepVisible, moveFocus, select, selectAll, type SelectMode, type Selection } from '../workspace/selection';
import type { View } from '../workspace/view-photos';
import type { AppState } from './types';
import { currentOrder } from './workspace-slice';

export type AssignFieldMode = 'assign' | 'card' | 'merge';

export interface GridSlice {
  view: View;
  /** Card frames shown in a gallery (they never reach a customer). */
  showCards: boolean;
  selection: Selection;
  /** The photo open in the large preview. */
  preview: string | null;
  helpOpen: boolean;
  /** Thumbnails per row, as the grid measured its width: what ArrowUp and ArrowDown step by. */
  columns: number;
  /** Bumped to move the keyboard into the assign field (the command table has no DOM). */
  assignFieldRequests: number;
  /** What Enter in the field does: assign the selection, read the selected frame as a card, or merge the gallery shown. */
  assignFieldMode: AssignFieldMode;
  requestAssignField: (mode?: AssignFieldMode) => void;
  setAssignFieldMode: (mode: AssignFieldMode) => void;
  setColumns: (columns: number) => void;
  showView: (view: View) => void;
  toggleCards: () => void;
  selectPhoto: (photo: string, mode: SelectMode) => void;
  selectAllPhotos: () => void;
  clearSelection: () => void;
  /** Moves the focus (and a plain selection with it) by ±1 across or ±columns down. */
  stepFocus: (step: number, extend: boolean) => void;
  /** After a change: keep what is still shown, and put the focus where the changed photos were. */
  afterChange: (focusAt: number) => void;
  openPreview: (photo: string | null) => void;
  stepPreview: (step: number) => void;
  setHelpOpen: (open: boolean) => void;
}

export function createGridSlice(): StateCreator<AppState, [], [], GridSlice> {
  return (set, get) => ({
    view: { kind: 'all' },
    showCards: false,
    selection: EMPTY_SELECTION,
    preview: null,
    helpOpen: false,
    columns: 1,
    assignFieldRequests: 0,
    assignFieldMode: 'assign',

    requestAssignField(mode = 'assign') {
      set({ assignFieldRequests: get().assignFieldRequests + 1, assignFieldMode: mode });
    },

    setAssignFieldMode(mode) {
      set({ assignFieldMode: mode });
    },

    setColumns(columns) {
      if (columns !== get().columns) set({ columns });
    },

    showView(view) {
      // The field's mode belonged to the view left (a merge names the gallery shown).
      set({ view, selection: EMPTY_SELECTION, preview: null, assignFieldMode: 'assign' });
      if (view.kind === 'bulk' && get().streams === null) void get().loadStreams();
    },

    toggleCards() {
      set({ showCards: !get().showCards });
      set({ selection: keepVisible(get().selection, currentOrder(get())) });
    },

    selectPhoto(photo, mode) {
      set({ selection: select(get().selection, currentOrder(get()), photo, mode) });
    },

    selectAllPhotos() {
      set({ selection: selectAll(currentOrder(get()), get().selection.focus) });
    },

    clearSelection() {
      const { focus } = get().selection;
      set({ selection: { ...EMPTY_SELECTION, focus, anchor: focus } });
    },

    stepFocus(step, extend) {
      const order = currentOrder(get());
      const next = moveFocus(order, get().selection.focus, step);
      if (next === null) return;
      set({ selection: select(get().selection, order, next, extend ? 'range' : 'replace') });
    },

    afterChange(focusAt) {
      const order = currentOrder(get());
      const kept = keepVisible(get().selection, order);
      const focus = kept.focus ?? (order.length > 0 && focusAt >= 0 ? (order[Math.min(focusAt, order.length - 1)] ?? null) : null);
      set({ selection: kept.selected.size > 0 || focus === null ? { ...kept, focus } : select(kept, order, focus, 'replace') });
      const preview = get().preview;
      if (preview !== null && !order.includes(preview)) set({ preview: focus });
    },

    openPreview(photo) {
      set({ preview: photo });
    },

    stepPreview(step) {
      const next = moveFocus(currentOrder(get()), get().preview, step);
      if (next === null) return;
      set({ preview: next, selection: select(get().selection, currentOrder(get()), next, 'replace') });
    },

    setHelpOpen(open) {
      set({ helpOpen: open });
    },
  });
}
