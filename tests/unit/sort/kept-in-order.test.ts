import { describe, expect, it } from 'vitest';
import { keptInOrder } from '../../../electron/core/sort/kept-in-order.js';

describe('stored items that can stay when a list is stored again', () => {
  const cases: [string, string[], string[], number[]][] = [
    ['keeps a list stored again unchanged', ['a', 'b', 'c'], ['a', 'b', 'c'], [0, 1, 2]],
    ['drops an item gone from the middle, keeps the rest', ['a', 'b', 'c'], ['a', 'c'], [0, 2]],
    ['keeps what comes before an item back in the middle, stores the rest anew', ['a', 'c'], ['a', 'b', 'c'], [0]],
    ['stores anew what changed at the start', ['a', 'b'], ['x', 'a', 'b'], []],
    ['keeps the items of a list that only lost its end', ['a', 'b', 'c'], ['a', 'b'], [0, 1]],
    ['never keeps one out of order: an item moved to the front goes', ['a', 'b', 'c'], ['c', 'a', 'b'], [2]],
    ['an item moved back goes after those kept', ['a', 'b', 'c'], ['a', 'c', 'b'], [0, 2]],
    ['keeps nothing of an empty list', [], ['a'], []],
    ['keeps nothing for an empty list', ['a'], [], []],
    ['takes equal items in their order', ['a', 'a', 'b'], ['a', 'a', 'b'], [0, 1, 2]],
  ];
  it.each(cases)('%s', (_name, stored, wanted, kept) => {
    expect(keptInOrder(stored, wanted)).toEqual(kept);
  });
});
