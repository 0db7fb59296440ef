import type { AppState } from '../store/types';
import { jobHeldCount } from '../store/workspace-slice';

export interface Command {
  id: string;
  label: string;
  /** Written out, e.g. "Mod+Shift+Z"; the first is the one the help shows first. */
  keys: string[];
  group: 'Move and select' | 'Change' | 'Bulk tagging' | 'View';
  run: (state: AppState) => void;
}

const hasSelection = (state: AppState): boolean => state.selection.selected.size > 0;

/**
 * Every action the keyboard can take, once: the key bindings and the help overlay are both made
 * from this table, so the help cannot drift from what the keys do.
 */
export const COMMANDS: readonly Command[] = [
  { id: 'focus-left', label: 'Previous photo', keys: ['ArrowLeft'], group: 'Move and select', run: (s) => (s.preview !== null ? s.stepPreview(-1) : s.stepFocus(-1, false)) },
  { id: 'focus-right', label: 'Next photo', keys: ['ArrowRight'], group: 'Move and select', run: (s) => (s.preview !== null ? s.stepPreview(1) : s.stepFocus(1, false)) },
  { id: 'focus-up', label: 'Photo above', keys: ['ArrowUp'], group: 'Move and select', run: (s) => s.stepFocus(-s.columns, false) },
  { id: 'focus-down', label: 'Photo below', keys: ['ArrowDown'], group: 'Move and select', run: (s) => s.stepFocus(s.columns, false) },
  { id: 'first', label: 'First photo', keys: ['Home'], group: 'Move and select', run: (s) => (s.preview !== null ? s.stepPreview(-Infinity) : s.stepFocus(-Infinity, false)) },
  { id: 'last', label: 'Last photo', keys: ['End'], group: 'Move and select', run: (s) => (s.preview !== null ? s.stepPreview(Infinity) : s.stepFocus(Infinity, false)) },
  { id: 'extend-left', label: 'Extend the selection back', keys: ['Shift+ArrowLeft'], group: 'Move and select', run: (s) => s.stepFocus(-1, true) },
  { id: 'extend-right', label: 'Extend the selection on', keys: ['Shift+ArrowRight'], group: 'Move and select', run: (s) => s.stepFocus(1, true) },
  { id: 'extend-up', label: 'Extend the selection a row up', keys: ['Shift+ArrowUp'], group: 'Move and select', run: (s) => s.stepFocus(-s.columns, true) },
  { id: 'extend-down', label: 'Extend the selection a row down', keys: ['Shift+ArrowDown'], group: 'Move and select', run: (s) => s.stepFocus(s.columns, true) },
  { id: 'select-all', label: 'Select every photo shown', keys: ['Mod+A'], group: 'Move and select', run: (s) => s.selectAllPhotos() },
  {
    id: 'escape',
    label: 'Close the preview or help, else clear the selection',
    keys: ['Escape'],
    group: 'Move and select',
    run: (s) => (s.helpOpen ? s.setHelpOpen(false) : s.preview !== null ? s.openPreview(null) : s.clearSelection()),
  },
  {
    id: 'assign',
    label: 'Assign the selection to a subject (type a name or code)',
    keys: ['A'],
    group: 'Change',
    run: (s) => {
      if (hasSelection(s)) s.requestAssignField();
    },
  },
  {
    id: 'card-of',
    label: 'The selected frame is the card of… (type a name or code)',
    keys: ['K'],
    group: 'Change',
    run: (s) => {
      if (s.selection.selected.size === 1) s.requestAssignField('card');
    },
  },
  {
    id: 'split',
    label: 'Split the gallery here: this photo and the rest go to a new spare',
    keys: ['S'],
    group: 'Change',
    run: (s) => void s.splitGalleryAtFocus(),
  },
  {
    id: 'merge',
    label: 'Merge this gallery into another subject’s (type a name or code)',
    keys: ['G'],
    group: 'Change',
    run: (s) => {
      if (s.view.kind === 'gallery') s.requestAssignField('merge');
    },
  },
  { id: 'new-spare', label: 'Give the selection to a new spare subject', keys: ['N'], group: 'Change', run: (s) => void (hasSelection(s) && s.assignSelection({ newSpare: true })) },
  { id: 'hide', label: 'Hide the selection from every gallery', keys: ['H'], group: 'Change', run: (s) => void (hasSelection(s) && s.setSelectionHidden(true)) },
  { id: 'unhide', label: 'Show the selection again', keys: ['Shift+H'], group: 'Change', run: (s) => void (hasSelection(s) && s.setSelectionHidden(false)) },
  { id: 'keep', label: 'Keep the selection in no gallery (out of review)', keys: ['U'], group: 'Change', run: (s) => void (hasSelection(s) && s.keepSelectionUnassigned(true)) },
  { id: 'release', label: 'Give kept photos back to the sort', keys: ['Shift+U'], group: 'Change', run: (s) => void (hasSelection(s) && s.keepSelectionUnassigned(false)) },
  { id: 'undo', label: 'Undo the last change', keys: ['Mod+Z'], group: 'Change', run: (s) => void s.stepHistory('undo') },
  { id: 'redo', label: 'Redo', keys: ['Mod+Shift+Z', 'Mod+Y'], group: 'Change', run: (s) => void s.stepHistory('redo') },
  {
    id: 'mark',
    label: 'A subject starts here: type who',
    keys: ['M'],
    group: 'Bulk tagging',
    run: (s) => {
      if (s.view.kind === 'bulk' && s.selection.focus !== null) s.requestAssignField();
    },
  },
  {
    id: 'mark-spare',
    label: 'A new spare subject starts here',
    keys: ['Shift+M'],
    group: 'Bulk tagging',
    run: (s) => {
      if (s.view.kind === 'bulk' && s.selection.focus !== null) s.setMark(s.selection.focus, null);
    },
  },
  {
    id: 'unmark',
    label: 'Remove the mark here',
    keys: ['Delete', 'Backspace'],
    group: 'Bulk tagging',
    run: (s) => {
      if (s.view.kind === 'bulk' && s.selection.focus !== null) s.removeMark(s.selection.focus);
    },
  },
  { id: 'apply-marks', label: 'Apply the marks', keys: ['Mod+Enter'], group: 'Bulk tagging', run: (s) => void (s.view.kind === 'bulk' && s.applyMarks()) },
  {
    id: 'preview',
    label: 'Open the focused photo large',
    keys: ['Enter', ' '],
    group: 'View',
    run: (s) => s.openPreview(s.preview === null ? s.selection.focus : null),
  },
  { id: 'cards', label: 'Show or hide card frames in galleries', keys: ['C'], group: 'View', run: (s) => s.toggleCards() },
  {
    id: 'next-held',
    label: 'Go to what is still held for review',
    keys: ['R'],
    group: 'View',
    run: (s) => {
      if ((s.report?.review.length ?? 0) > 0) s.showView({ kind: 'review', index: 0 });
      else if (jobHeldCount(s) > 0) s.showView({ kind: 'unassigned' });
    },
  },
  { id: 'help', label: 'Show these shortcuts', keys: ['?'], group: 'View', run: (s) => s.setHelpOpen(!s.helpOpen) },
];
