/**
 * The grid's selection: a set, the anchor a shift-click extends from, and the focused photo.
 * A shift-click replaces the range it made last (so a second shift-click can shrink it) and
 * keeps what was picked by ctrl/cmd-click outside that range.
 */
export interface Selection {
  selected: ReadonlySet<string>;
  anchor: string | null;
  focus: string | null;
  /** The photos the last shift-click added, replaced by the next one. */
  range: readonly string[];
}

export type SelectMode = 'replace' | 'toggle' | 'range';

export const EMPTY_SELECTION: Selection = { selected: new Set(), anchor: null, focus: null, range: [] };

/** `order` is the photos of the current view, in the order shown. */
export function select(selection: Selection, order: readonly string[], photo: string, mode: SelectMode): Selection {
  if (mode === 'toggle') {
    const selected = new Set(selection.selected);
    if (selected.has(photo)) selected.delete(photo);
    else selected.add(photo);
    return { selected, anchor: photo, focus: photo, range: [] };
  }
  if (mode === 'range' && selection.anchor !== null) {
    const from = order.indexOf(selection.anchor);
    const to = order.indexOf(photo);
    if (from >= 0 && to >= 0) {
      const range = order.slice(Math.min(from, to), Math.max(from, to) + 1);
      const selected = new Set(selection.selected);
      for (const old of selection.range) selected.delete(old);
      for (const picked of range) selected.add(picked);
      return { selected, anchor: selection.anchor, focus: photo, range };
    }
  }
  return { selected: new Set([photo]), anchor: photo, focus: photo, range: [] };
}

export function selectAll(order: readonly string[], focus: string | null): Selection {
  return { selected: new Set(order), anchor: order[0] ?? null, focus: focus ?? order[0] ?? null, range: [] };
}

/** Keeps only the photos still in the view (after a change moved some away). */
export function keepVisible(selection: Selection, order: readonly string[]): Selection {
  const present = new Set(order);
  const selected = new Set([...selection.selected].filter((photo) => present.has(photo)));
  const focus = selection.focus !== null && present.has(selection.focus) ? selection.focus : null;
  const anchor = selection.anchor !== null && present.has(selection.anchor) ? selection.anchor : null;
  return { selected, anchor, focus, range: selection.range.filter((photo) => present.has(photo)) };
}

/** The photo `step` places away from the focus (±1 across, ±columns down), clamped to the view. */
export function moveFocus(order: readonly string[], focus: string | null, step: number): string | null {
  if (order.length === 0) return null;
  const at = focus === null ? -1 : order.indexOf(focus);
  if (at < 0) return order[0] ?? null;
  return order[Math.min(order.length - 1, Math.max(0, at + step))] ?? null;
}
