import sharp, { type Metadata, type Sharp } from 'sharp';

/**
 * Decompression-bomb guard: a 24-MP camera JPEG (6000×4000) passes with room for
 * 60-MP bodies and panoramas; a 20000×20000 file (400 MP, ~1.2 GB of RGB) does not.
 */
export const MAX_PIXELS = 100_000_000;

/**
 * 'error' rejects truncated files (a half-copied JPEG would otherwise decode as a
 * grey lower half and import silently) and libjpeg decode errors, but tolerates
 * recoverable libjpeg warnings (e.g. extraneous bytes before a marker) that some
 * cameras and editors produce while the picture is complete. 'warning' would reject those.
 */
export const FAIL_ON = 'error' as const;

let configured = false;

/**
 * libvips settings are per process and shared by all worker threads. The scan runs
 * one image per worker, so each pipeline gets one libvips thread (workers supply the
 * parallelism, and a laptop's cores are not oversubscribed); every image is seen
 * once, so the operation cache only holds memory.
 */
function configureSharp(): void {
  if (configured) return;
  sharp.concurrency(1);
  sharp.cache(false);
  configured = true;
}

/**
 * A multi-page TIFF or an animated GIF is sorted by its first page: the picture a viewer shows.
 * Said here rather than left to sharp's default, because the pixel limit counts this page alone.
 */
const FIRST_PAGE = { page: 0, pages: 1 } as const;

/** Opens a file's bytes for decoding, always with the pixel limit and the failure policy. */
export function openImage(input: Buffer, maxPixels: number = MAX_PIXELS): Sharp {
  configureSharp();
  return sharp(input, { ...FIRST_PAGE, failOn: FAIL_ON, limitInputPixels: maxPixels });
}

/**
 * Header only: no pixels are decoded, so the pixel limit is left to the caller,
 * which can then name the actual size in its message.
 */
export function readImageHeader(input: Buffer): Promise<Metadata> {
  configureSharp();
  return sharp(input, { ...FIRST_PAGE, limitInputPixels: false }).metadata();
}

/** For pixels already decoded by openImage: no header to distrust, no limit needed. */
export function openRawPixels(data: Buffer, width: number, height: number, channels: 1 | 2 | 3 | 4): Sharp {
  configureSharp();
  return sharp(data, { raw: { width, height, channels } });
}
