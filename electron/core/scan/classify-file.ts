import { isHeifExtension, isPhotoExtension, unreadablePictureName, unsupportedMessage } from '../media/photo-formats.js';

/**
 * What the folder walk does with a file, from its name alone (contents are read later, and only
 * for photos): register it as a camera frame, keep a RAW beside its photo, keep a sidecar beside
 * its file, pass over system clutter, or report it as not sorted with what to do.
 */
export type FileKind =
  /** A frame to analyse; a HEIF frame is registered too, and fails its analysis unread. */
  | { kind: 'photo' }
  | { kind: 'raw' }
  | { kind: 'sidecar' }
  | { kind: 'clutter' }
  /** A picture this build cannot decode: reported, but a RAW of the same name rides along silently. */
  | { kind: 'picture'; message: string }
  | { kind: 'not-sorted'; message: string };

export const RAW_ALONE_MESSAGE = 'RAW without a JPEG: set the camera to RAW+JPEG or export JPEGs';
export const LONE_SIDECAR_MESSAGE = 'not sorted: a sidecar file without the photo it belongs to';

// Never decoded: they ride along with the photo of the same name.
const RAW_EXTENSIONS = new Set(
  ['.cr2', '.cr3', '.crw', '.nef', '.nrw', '.arw', '.srf', '.sr2', '.raf', '.orf', '.rw2', '.pef', '.dng', '.srw', '.x3f', '.3fr', '.iiq', '.erf', '.kdc', '.dcr', '.mrw', '.mos', '.rwl', '.gpr'],
);
const VIDEO_EXTENSIONS = new Set(
  ['.mov', '.mp4', '.m4v', '.avi', '.mts', '.m2ts', '.mpg', '.mpeg', '.3gp', '.mkv', '.wmv', '.mxf', '.insv', '.360', '.crm', '.braw', '.r3d'],
);
const AUDIO_EXTENSIONS = new Set(['.wav', '.mp3', '.m4a', '.aac']);
// Edits and previews that belong to a file of the same name (IMG_0001.xmp or IMG_0001.CR2.xmp).
const SIDECAR_EXTENSIONS = new Set(['.xmp', '.aae', '.thm', '.lrv', '.lrf', '.pp3', '.dop']);
// The bookkeeping cameras write beside the pictures: Canon catalogues, AVCHD indexes, Sony clip
// metadata, DPOF print orders, video thumbnails and proxies. Silent inside a card's own folders
// only, where cameras put them; elsewhere a THM or LRV is still quiet beside its video, as a sidecar.
const CARD_DATABASE_EXTENSIONS = new Set(
  ['.ctg', '.bdm', '.cpi', '.mpl', '.thm', '.lrv', '.lrf', '.xml', '.bin', '.dat', '.inp', '.int', '.bnp', '.bim', '.mrk', '.ind', '.inf', '.sav', '.tid', '.tdt'],
);
const CARD_FOLDERS = new Set(['dcim', 'misc', 'private', 'avchd']);
const SYSTEM_FILES = new Set(['thumbs.db', 'ehthumbs.db', 'ehthumbs_vista.db', 'desktop.ini', 'icon\r']);
/**
 * Folders of operating systems (the Windows recycle bin, zip leftovers from a Mac) and the caches
 * photo software keeps beside the pictures (Capture One's per-folder `CaptureOne`, Lightroom's
 * `.lrdata` previews): nothing in them is a photo of the shoot, and they hold thousands of files.
 */
const SYSTEM_FOLDERS = new Set(['system volume information', '$recycle.bin', 'recycler', '__macosx', 'captureone']);

/** Hidden folders (`.Trashes`, `.Spotlight-V100`) and the folders above are never entered. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SYSTEM_FOLDERS.has(name.toLowerCase()) || name.toLowerCase().endsWith('.lrdata');
}

/**
 * `ext` is the lower-case extension ('' for none); `folders` the path from the filesystem root
 * down to the file's folder, so a walk started inside a card's DCIM still knows where it is.
 */
export function classifyFile(name: string, ext: string, folders: readonly string[]): FileKind {
  // Hidden files: `.DS_Store`, macOS `._IMG_0001.JPG` resource forks.
  if (name.startsWith('.') || SYSTEM_FILES.has(name.toLowerCase())) return { kind: 'clutter' };
  if (isPhotoExtension(ext) || isHeifExtension(ext)) return { kind: 'photo' };
  if (RAW_EXTENSIONS.has(ext)) return { kind: 'raw' };
  if (CARD_DATABASE_EXTENSIONS.has(ext) && folders.some((folder) => CARD_FOLDERS.has(folder.toLowerCase()))) return { kind: 'clutter' };
  if (SIDECAR_EXTENSIONS.has(ext)) return { kind: 'sidecar' };
  const picture = unreadablePictureName(ext);
  if (picture) return { kind: 'picture', message: unsupportedMessage(picture) };
  if (VIDEO_EXTENSIONS.has(ext)) return { kind: 'not-sorted', message: 'not sorted: video files are not photos' };
  if (AUDIO_EXTENSIONS.has(ext)) return { kind: 'not-sorted', message: 'not sorted: sound recordings are not photos' };
  return { kind: 'not-sorted', message: 'not sorted: not a photo' };
}
