import { folderOf } from './file-counter.js';
import { compareText } from './file-order.js';
import { groupBy } from './group-by.js';
import { plural } from './review-messages.js';
import type { SortPhoto, SplitReview } from './sort-types.js';

/**
 * One review group per pair of folders (copies, originals): a card read twice usually means a
 * whole folder was imported twice, and one notice per folder says that better than hundreds.
 */
export function reviewDuplicates(duplicates: readonly SortPhoto[], byId: ReadonlyMap<number, SortPhoto>): SplitReview[] {
  const groups = groupBy(duplicates, (copy) => {
    const original = copy.duplicateOf === null ? undefined : byId.get(copy.duplicateOf);
    return `${folderOf(copy.path)}\n${original ? folderOf(original.path) : ''}`;
  });
  return [...groups.keys()].sort(compareText).map((key) => {
    const copies = (groups.get(key) ?? []).sort((a, b) => compareText(a.path, b.path) || a.id - b.id);
    return { reason: 'duplicate', photoIds: copies.map((copy) => copy.id), message: duplicateMessage(copies, byId) };
  });
}

function duplicateMessage(copies: readonly SortPhoto[], byId: ReadonlyMap<number, SortPhoto>): string {
  const [first] = copies;
  if (first === undefined) return '';
  const original = first.duplicateOf === null ? undefined : byId.get(first.duplicateOf);
  const originalName = original?.path ?? `a photo imported before (#${first.duplicateOf ?? '?'})`;
  if (copies.length === 1) return `${first.path} has the same content as ${originalName}: it counts once.`;
  const where = original ? `photos in ${folderOf(original.path) || 'the same folder'}` : 'photos imported before';
  return `${plural(copies.length, 'photo')} in ${folderOf(first.path) || 'the top folder'} have the same content as ${where} (e.g. ${first.path} = ${originalName}): each counts once.`;
}
