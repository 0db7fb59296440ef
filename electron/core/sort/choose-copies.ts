import { folderOf } from './file-counter.js';
import { groupBy } from './group-by.js';
import type { SortPhoto } from './sort-types.js';

/**
 * Which copy of a content counts (design §2.8): the one its camera stream places. A copy among many
 * photos of its camera (and of its folder) sits in the stream it was shot in; a backup copy in a folder
 * without cards would form a stream of one, and if the card frame itself were the copy that lost, the
 * photos after it would slide into the subject before. Ties go to the copy registered first. Returns
 * the photos with `duplicateOf` pointing at the chosen copy, which has none.
 */
export function chooseCopies(photos: readonly SortPhoto[]): SortPhoto[] {
  if (photos.every((photo) => photo.duplicateOf === null)) return [...photos];
  const duplicateOf = new Map(photos.map((photo) => [photo.id, photo.duplicateOf]));
  const rootOf = new Map<number, number>();
  for (const photo of photos) {
    // A copy of a copy belongs with the first; the step bound guards against a cycle in bad input.
    let root = photo.id;
    for (let steps = 0; steps < photos.length; steps += 1) {
      const next = duplicateOf.get(root) ?? null;
      if (next === null || !duplicateOf.has(next)) break;
      root = next;
    }
    rootOf.set(photo.id, root);
  }
  const groups = groupBy(photos, (photo) => rootOf.get(photo.id) ?? photo.id);
  if ([...groups.values()].every((group) => group.length === 1)) return [...photos];

  const perCamera = countBy(photos, (photo) => photo.cameraKey);
  const perFolder = countBy(photos, (photo) => `${photo.cameraKey}\n${folderOf(photo.path)}`);
  const winnerOf = new Map<number, number>();
  for (const [root, group] of groups) {
    const score = (photo: SortPhoto): [number, number] => [
      perCamera.get(photo.cameraKey) ?? 0,
      perFolder.get(`${photo.cameraKey}\n${folderOf(photo.path)}`) ?? 0,
    ];
    const best = group.reduce((a, b) => {
      const [ca, fa] = score(a);
      const [cb, fb] = score(b);
      return cb > ca || (cb === ca && (fb > fa || (fb === fa && b.id < a.id))) ? b : a;
    });
    winnerOf.set(root, best.id);
  }
  return photos.map((photo) => {
    const winner = winnerOf.get(rootOf.get(photo.id) ?? photo.id) ?? photo.id;
    return { ...photo, duplicateOf: winner === photo.id ? null : winner };
  });
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}
