import { chooseCopies } from './choose-copies.js';
import { folderOf } from './file-counter.js';
import { compareText } from './file-order.js';
import { groupBy } from './group-by.js';
import { camerasByFolder, joinCameraFolders } from './join-camera-folder.js';
import { orderStream, type OrderedStream } from './order-stream.js';
import type { SortPhoto, UnreadableFile } from './sort-types.js';

export interface CameraOrder {
  cameraKey: string;
  /** The camera's photos the split counts (copies left out), its unreadable frames included. */
  photos: SortPhoto[];
  streams: OrderedStream[];
}

export interface ShootOrder {
  /** Every photo, in input order, each with the copy that counts chosen and folder cameras joined. */
  photos: SortPhoto[];
  /** Per camera, by camera key: two bodies' clocks never agree, so their streams are never merged. */
  cameras: CameraOrder[];
}

/**
 * The first half of the split: which copy counts, which camera each photo belongs to, and each
 * camera's streams in shooting order. It reads only what scanning found (file, camera, capture time,
 * content hash), never a photo's QR findings or a decision by hand, so it stays right while only the
 * photographer's decisions change (see with-decisions.ts) and is the costly half on a big job.
 */
export function orderShoot(input: readonly SortPhoto[], unreadable: readonly UnreadableFile[]): ShootOrder {
  const photos = chooseCopies(joinCameraFolders(input));
  const counted = photos.filter((photo) => photo.duplicateOf === null);
  const byCamera = groupBy([...counted, ...unreadableFrames(counted, unreadable)], (photo) => photo.cameraKey);
  const cameras = [...byCamera.keys()].sort(compareText).map((cameraKey): CameraOrder => {
    const cameraPhotos = byCamera.get(cameraKey) ?? [];
    return { cameraKey, photos: cameraPhotos, streams: orderStream(cameraKey, cameraPhotos) };
  });
  return { photos, cameras };
}

/**
 * Unreadable files as frames of the cameras whose photos share their folder: where a camera frame
 * could not be read, each of those streams must treat it as a possible card. Files in folders of no
 * camera (a poster print, a phone's HEIC) touch no stream.
 */
function unreadableFrames(photos: readonly SortPhoto[], files: readonly UnreadableFile[]): SortPhoto[] {
  if (files.length === 0) return [];
  const camerasIn = camerasByFolder(photos);
  return files.flatMap((file) =>
    [...(camerasIn.get(folderOf(file.path)) ?? [])].map((cameraKey) => ({
      id: file.id,
      path: file.path,
      cameraKey,
      capturedAt: null,
      qr: { codes: [], sizes: [], undecodable: false, cardLike: false },
      duplicateOf: null,
      manualCodes: [],
      failure: file.message,
    })),
  );
}
