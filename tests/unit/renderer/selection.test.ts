import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, keepVisible, moveFocus, select, selectAll, type SelectMode, type Selection } from '../../../renderer/src/workspace/selection.js';

const ORDER = ['a', 'b', 'c', 'd', 'e', 'f'];

/** Applies clicks in turn, as a photographer makes them. */
function clicks(steps: [string, SelectMode][], start: Selection = EMPTY_SELECTION): Selection {
  return steps.reduce((selection, [photo, mode]) => select(selection, ORDER, photo, mode), start);
}

describe('grid selection: click, shift-click and ctrl/cmd-click as file browsers do', () => {
  const cases: [string, [string, SelectMode][], string[], string | null][] = [
    ['a click selects one photo', [['c', 'replace']], ['c'], 'c'],
    ['a second click replaces it', [['c', 'replace'], ['e', 'replace']], ['e'], 'e'],
    ['shift-click selects from the anchor, either way', [['d', 'replace'], ['b', 'range']], ['b', 'c', 'd'], 'd'],
    ['a second shift-click replaces the first range, so it can shrink', [['b', 'replace'], ['f', 'range'], ['c', 'range']], ['b', 'c'], 'b'],
    ['ctrl-click adds one and moves the anchor', [['a', 'replace'], ['d', 'toggle'], ['f', 'range']], ['a', 'd', 'e', 'f'], 'd'],
    ['ctrl-click on a selected photo removes it', [['a', 'replace'], ['b', 'range'], ['b', 'toggle']], ['a'], 'b'],
    ['a range keeps what ctrl-click picked outside it', [['f', 'replace'], ['b', 'toggle'], ['c', 'range'], ['d', 'range']], ['b', 'c', 'd', 'f'], 'b'],
    ['shift-click with no anchor selects just that photo', [['e', 'range']], ['e'], 'e'],
  ];
  it.each(cases)('%s', (_name, steps, selected, anchor) => {
    const selection = clicks(steps);
    expect([...selection.selected].sort()).toEqual(selected);
    expect(selection.anchor).toBe(anchor);
    expect(selection.focus).toBe(steps.at(-1)?.[0]);
  });

  it('selects all of the view, and keeps only what is still shown after a change', () => {
    const all = selectAll(ORDER, 'c');
    expect(all.selected.size).toBe(6);
    expect(all.focus).toBe('c');
    const after = keepVisible(clicks([['b', 'replace'], ['e', 'range']]), ['a', 'c', 'f']);
    expect([...after.selected]).toEqual(['c']);
    expect(after.anchor).toBeNull();
    expect(after.focus).toBeNull();
  });

  const moves: [string | null, number, string | null][] = [
    [null, 1, 'a'],
    ['a', 1, 'b'],
    ['a', -1, 'a'],
    ['b', 3, 'e'],
    ['e', 3, 'f'],
    ['f', -4, 'b'],
    ['gone', 1, 'a'],
    ['d', -Infinity, 'a'],
    ['b', Infinity, 'f'],
  ];
  it.each(moves)('moves the focus from %s by %i to %s, clamped to the view', (focus, step, to) => {
    expect(moveFocus(ORDER, focus, step)).toBe(to);
  });
  it('has nowhere to move in an empty view', () => {
    expect(moveFocus([], 'a', 1)).toBeNull();
  });
});
