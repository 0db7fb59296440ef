/**
 * The picture formats a scan sorts: every format the bundled libvips decodes from a buffer,
 * save SVG (a drawing, not a photo, whose XML is no input to render unasked). `sharpFormat` is
 * what sharp's metadata names the content; the extensions are what the folder walk picks up.
 */
export const PHOTO_FORMATS = [
  { label: 'JPEG', sharpFormat: 'jpeg', extensions: ['.jpg', '.jpeg', '.jpe', '.jfif'] },
  { label: 'PNG', sharpFormat: 'png', extensions: ['.png'] },
  { label: 'TIFF', sharpFormat: 'tiff', extensions: ['.tif', '.tiff'] },
  { label: 'WebP', sharpFormat: 'webp', extensions: ['.webp'] },
  // sharp names the whole HEIF container 'heif'; only its AV1 flavour (AVIF) has a decoder here.
  { label: 'AVIF', sharpFormat: 'heif', extensions: ['.avif'] },
  { label: 'GIF', sharpFormat: 'gif', extensions: ['.gif'] },
] as const;

/** "JPEG, PNG, TIFF, WebP, AVIF or GIF", for messages. */
export const PHOTO_FORMAT_NAMES = PHOTO_FORMATS.map((f) => f.label)
  .join(', ')
  .replace(/, (\w+)$/, ' or $1');

/** The message for a picture in a format Shootdesk does not decode. */
export function unsupportedMessage(formatName: string): string {
  return `not a readable image (${formatName} is not supported; convert to JPEG)`;
}

const READABLE_CONTENT = new Set<string>(PHOTO_FORMATS.map((f) => f.sharpFormat));
const PHOTO_EXTENSIONS = new Set<string>(PHOTO_FORMATS.flatMap((f) => f.extensions));

/**
 * HEIF as phones and cameras write it (.HEIC; Canon's, Fujifilm's and Sony's .HIF) is HEVC-coded,
 * and this libvips has no HEVC decoder. Such a file is still a camera frame, listed like a damaged
 * one (it may have been a card), but it is not read: its bytes could never be decoded here.
 */
const HEIF_EXTENSIONS = new Set(['.heic', '.heif', '.hif']);
export const HEIF_MESSAGE = unsupportedMessage('HEIF');

/** Picture files nobody's camera writes and the bundled libvips cannot decode, with the name the photographer knows them by. */
const UNREADABLE_PICTURES: Record<string, string> = {
  '.psd': 'PSD',
  '.psb': 'PSD',
  '.bmp': 'BMP',
  '.jp2': 'JPEG 2000',
  '.j2k': 'JPEG 2000',
  '.jpf': 'JPEG 2000',
  '.jpx': 'JPEG 2000',
  '.jxl': 'JPEG XL',
  '.svg': 'SVG',
  '.svgz': 'SVG',
  '.xcf': 'XCF',
  '.ico': 'ICO',
  '.tga': 'TGA',
  '.exr': 'OpenEXR',
  '.hdr': 'Radiance HDR',
  '.eps': 'EPS',
  '.ppm': 'PPM',
  '.pgm': 'PGM',
  '.pbm': 'PBM',
};

/** The walk's question: is a file with this lower-case extension one to decode? */
export function isPhotoExtension(ext: string): boolean {
  return PHOTO_EXTENSIONS.has(ext);
}

/** A camera's HEIF frame, by its lower-case extension. */
export function isHeifExtension(ext: string): boolean {
  return HEIF_EXTENSIONS.has(ext);
}

/** The format name of a picture file this build cannot decode, from its lower-case extension; null for other files. */
export function unreadablePictureName(ext: string): string | null {
  return UNREADABLE_PICTURES[ext] ?? null;
}

/** The decode's question, from the header sharp read out of the content (never from the file name). */
export function isReadableContent(header: { format: string; compression?: string | undefined }): boolean {
  if (!READABLE_CONTENT.has(header.format)) return false;
  return header.format !== 'heif' || header.compression === 'av1';
}
