import { folderOf } from './file-counter.js';
import type { SortPhoto } from './sort-types.js';

/**
 * A photo without camera data (EXIF stripped by an editor or a phone app) in a folder that holds one
 * camera's photos was taken by that camera: it joins that camera's stream, where its file name places
 * it between its neighbours (design §2.2), instead of forming a stream of one that is always held.
 * In a folder of several cameras, or of none, it stays on its own.
 */
export function joinCameraFolders(photos: readonly SortPhoto[]): SortPhoto[] {
  const camerasIn = camerasByFolder(photos.filter((photo) => !photo.cameraKey.startsWith('folder:')));
  return photos.map((photo) => {
    if (!photo.cameraKey.startsWith('folder:')) return photo;
    const cameras = camerasIn.get(folderOf(photo.path));
    const [only] = cameras?.size === 1 ? cameras : [];
    return only === undefined ? photo : { ...photo, cameraKey: only, joinedFolderCamera: true };
  });
}

/** The camera keys whose photos each folder holds. */
export function camerasByFolder(photos: readonly SortPhoto[]): Map<string, Set<string>> {
  const camerasIn = new Map<string, Set<string>>();
  for (const photo of photos) {
    const folder = folderOf(photo.path);
    camerasIn.set(folder, (camerasIn.get(folder) ?? new Set()).add(photo.cameraKey));
  }
  return camerasIn;
}
