import { chooseCopies } from './choose-copies.js';
import { compareText } from './file-order.js';
import { groupBy } from './group-by.js';
import { joinCameraFolders } from './join-camera-folder.js';
import { orderStream } from './order-stream.js';
import type { SortPhoto } from './sort-types.js';

/**
 * Each camera's photos in the order the split walks them (per camera, by capture time with the
 * counter's corrections, photos without time placed by file name), copies left out: the order in
 * which a photographer tagging by hand sees "from this photo to the next mark".
 */
export function shootingOrder(input: readonly SortPhoto[]): SortPhoto[][] {
  const photos = chooseCopies(joinCameraFolders(input)).filter((photo) => photo.duplicateOf === null);
  const byCamera = groupBy(photos, (photo) => photo.cameraKey);
  return [...byCamera.keys()]
    .sort(compareText)
    .flatMap((cameraKey) => orderStream(cameraKey, byCamera.get(cameraKey) ?? []).map((stream) => stream.entries.map((entry) => entry.photo)));
}
