import { toMediaError } from './media-error.js';
import { openImage } from './sharp-setup.js';

export interface PortraitSize {
  width: number;
  height: number;
}

/** Printed at 300 dpi, as the yearbook publishers' import guides ask for 640×800 portraits. */
const PRINT_DPI = 300;
const PORTRAIT_JPEG = { quality: 90 };

/**
 * The photo as a portrait of exactly `size`, upright by its EXIF orientation, in sRGB: decoded once
 * (shrunk on load), cropped to the size's ratio and scaled in one pipeline. The crop keeps the top of
 * the frame and its horizontal middle: a head sits in the upper part of a school portrait, so what a
 * tall frame loses is chest, never forehead (pspi-index-generator's default crop anchor, top-middle,
 * for the same reason). None of the original's metadata is written: no GPS, no camera serial, no
 * capture time.
 * Throws MediaError for a file that cannot be decoded.
 */
export async function cropPortrait(input: Buffer, size: PortraitSize): Promise<Buffer> {
  try {
    return await openImage(input)
      .autoOrient()
      .resize(size.width, size.height, { fit: 'cover', position: 'north' })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      // An empty EXIF in place of the camera's: withDensity alone would carry all of it over.
      .withExif({})
      .withDensity(PRINT_DPI)
      .jpeg(PORTRAIT_JPEG)
      .toBuffer();
  } catch (error) {
    throw toMediaError(error);
  }
}
