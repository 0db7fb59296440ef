import { groupBy } from './group-by.js';

/**
 * Which stored items can stay when a list is stored again, where items are read back in the order
 * they were stored and new ones land after all others: the longest run of wanted items, from the
 * start, found among the stored ones in the same order. Returns the stored indices that stay, the
 * i-th holding wanted[i]; the wanted items after them are stored anew, every other stored item goes.
 */
export function keptInOrder(stored: readonly string[], wanted: readonly string[]): number[] {
  const at = groupBy(stored.keys(), (index) => stored[index]);
  const kept: number[] = [];
  let next = 0;
  for (const key of wanted) {
    const index = at.get(key)?.find((candidate) => candidate >= next);
    if (index === undefined) break;
    kept.push(index);
    next = index + 1;
  }
  return kept;
}
