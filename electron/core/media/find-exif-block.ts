import { findHeifExif } from './find-heif-exif.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const EXIF_PREFIX = 'Exif\0\0';

/**
 * The EXIF of any photo format as one TIFF structure (byte order, IFD0, EXIF IFD, maker note),
 * wherever the container keeps it: a JPEG APP1 segment, the TIFF file itself, a PNG eXIf chunk,
 * a WebP EXIF chunk or a HEIF/AVIF Exif item. One reader then serves every format; exifr alone
 * knows no WebP and misreads AVIF items placed by a base offset (as libheif writes them).
 * Null when there is none or the container is damaged: the photo then imports without EXIF.
 */
export function findExifBlock(input: Buffer): Buffer | null {
  try {
    const block = findInContainer(input);
    return block && isTiff(block) ? block : null;
  } catch {
    // A read past the end of a truncated or lying container.
    return null;
  }
}

function findInContainer(input: Buffer): Buffer | null {
  if (input.length < 12) return null;
  if (input[0] === 0xff && input[1] === 0xd8) return findJpegExif(input);
  if (isTiff(input)) return input;
  if (input.subarray(0, 8).equals(PNG_SIGNATURE)) return findPngExif(input);
  if (input.toString('latin1', 0, 4) === 'RIFF' && input.toString('latin1', 8, 12) === 'WEBP') return findWebpExif(input);
  if (input.toString('latin1', 4, 8) === 'ftyp') return findHeifExif(input);
  return null;
}

function isTiff(block: Buffer): boolean {
  const order = block.toString('latin1', 0, 4);
  return order === 'II*\0' || order === 'MM\0*';
}

/** APP1 segments before the image data; the first one that starts with the Exif prefix. */
function findJpegExif(jpeg: Buffer): Buffer | null {
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1];
    // Start of scan: metadata segments all come before it.
    if (marker === 0xda) return null;
    const length = jpeg.readUInt16BE(at + 2);
    if (marker === 0xe1 && jpeg.toString('latin1', at + 4, at + 10) === EXIF_PREFIX) return jpeg.subarray(at + 10, at + 2 + length);
    at += 2 + length;
  }
  return null;
}

/** Chunks of length, type, data and CRC; eXIf may come before or after the image data. */
function findPngExif(png: Buffer): Buffer | null {
  let at = PNG_SIGNATURE.length;
  while (at + 8 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'eXIf') return png.subarray(at + 8, at + 8 + length);
    if (type === 'IEND') return null;
    at += 12 + length;
  }
  return null;
}

/** RIFF chunks of type and little-endian size, padded to even; some writers keep the JPEG Exif prefix. */
function findWebpExif(webp: Buffer): Buffer | null {
  let at = 12;
  while (at + 8 <= webp.length) {
    const type = webp.toString('latin1', at, at + 4);
    const size = webp.readUInt32LE(at + 4);
    if (type === 'EXIF') {
      const data = webp.subarray(at + 8, at + 8 + size);
      return data.toString('latin1', 0, 6) === EXIF_PREFIX ? data.subarray(6) : data;
    }
    at += 8 + size + (size % 2);
  }
  return null;
}
