import type { Metadata } from 'sharp';
import { decodeEdge } from './decode-edge.js';
import { CORRUPT_MESSAGE, MediaError, toMediaError } from './media-error.js';
import type { AnalysedImage } from './media-types.js';
import { isReadableContent, unsupportedMessage } from './photo-formats.js';
import { MAX_PIXELS, openImage, openRawPixels, readImageHeader } from './sharp-setup.js';
import { sniffUnsupportedFormat, startsLikePhoto } from './sniff-format.js';
import { toGreyFrame } from './to-grey-frame.js';

export interface AnalyseOptions {
  maxPixels?: number;
  /** Long edge of the preview, the one decode and the QR frame; a 24-MP JPEG gets a little less (decodeEdge). */
  previewEdge?: number;
  thumbEdge?: number;
}

// Derivatives are only read from the local disk: Huffman optimisation would cost a
// second encoding pass (about as long as the encode itself) to save ~8 % of bytes.
const PREVIEW_JPEG = { quality: 80, optimiseCoding: false };
const THUMB_JPEG = { quality: 75, optimiseCoding: false };

/**
 * Decodes the image once, shrunk on load and oriented, and derives the preview, the
 * thumbnail and the QR detector's luminance frame from that one pixel buffer.
 * Throws MediaError for files the photographer must replace or convert.
 */
export async function analyseImage(input: Buffer, options: AnalyseOptions = {}): Promise<AnalysedImage> {
  const maxPixels = options.maxPixels ?? MAX_PIXELS;
  const previewEdge = options.previewEdge ?? 1500;
  const thumbEdge = options.thumbEdge ?? 320;

  const header = await readHeader(input, maxPixels);
  const edge = decodeEdge(header.format, Math.max(header.width, header.height), previewEdge);
  const decoded = await decodeReduced(input, maxPixels, edge, header.hasAlpha === true);
  const { data, info } = decoded;
  const channels = info.channels;
  const [preview, thumbnail] = await Promise.all([
    openRawPixels(data, info.width, info.height, channels).jpeg(PREVIEW_JPEG).toBuffer(),
    openRawPixels(data, info.width, info.height, channels)
      .resize(thumbEdge, thumbEdge, { fit: 'inside', withoutEnlargement: true })
      .jpeg(THUMB_JPEG)
      .toBuffer(),
  ]);
  return {
    width: header.autoOrient.width,
    height: header.autoOrient.height,
    preview,
    thumbnail,
    qrFrame: toGreyFrame(data, info.width, info.height, channels),
  };
}

/** Header only (no pixel decode): rejects empty, foreign and oversized files before any allocation. */
async function readHeader(input: Buffer, maxPixels: number): Promise<Metadata> {
  if (input.length === 0) throw new MediaError('empty', 'empty file (0 bytes); copy it again from the memory card');
  let header: Metadata;
  try {
    header = await readImageHeader(input);
  } catch (error) {
    throw unreadable(input, error);
  }
  // By content, not by name: a PNG saved as .jpg is read, a text file saved as .png is not.
  if (!isReadableContent(header)) throw unreadable(input, undefined, header.format);
  // The header describes the first page only (a multi-page TIFF, an animated GIF): the one decoded.
  const pixels = header.width * header.height;
  if (pixels > maxPixels) {
    const megapixels = (n: number) => Math.round(n / 1e6);
    throw new MediaError(
      'too-large',
      `image too large: ${megapixels(pixels)} megapixels (${header.width}×${header.height}) exceeds the ${megapixels(maxPixels)}-megapixel limit`,
    );
  }
  return header;
}

function unreadable(input: Buffer, cause: unknown, format?: string): MediaError {
  const named = sniffUnsupportedFormat(input) ?? format?.toUpperCase();
  if (!named) return damagedOrForeign(input, cause);
  return new MediaError('unsupported', unsupportedMessage(named), { cause });
}

/** What libvips calls no image may be a photo cut short: then the file must be copied again, not converted. */
function damagedOrForeign(input: Buffer, cause: unknown): MediaError {
  const error = toMediaError(cause);
  if (error.code !== 'unsupported' || !startsLikePhoto(input)) return error;
  return new MediaError('corrupt', CORRUPT_MESSAGE, { cause });
}

async function decodeReduced(input: Buffer, maxPixels: number, edge: number, hasAlpha: boolean) {
  try {
    let pipeline = openImage(input, maxPixels)
      .autoOrient()
      // fastShrinkOnLoad lets libjpeg decode at 1/2, 1/4 or 1/8 scale (libwebp likewise): the main
      // saving of the scan. PNG, TIFF, GIF and AVIF have no reduced decode and are read whole.
      .resize(edge, edge, { fit: 'inside', withoutEnlargement: true, fastShrinkOnLoad: true });
    // Transparent areas (PNG, WebP, GIF, TIFF) read as white paper, not black, for the preview and the QR detector.
    if (hasAlpha) pipeline = pipeline.flatten({ background: '#ffffff' });
    // CMYK, greyscale and 16-bit sources all come out as 8-bit sRGB: what the JPEG derivatives and the grey frame take.
    return await pipeline.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw damagedOrForeign(input, error);
  }
}
