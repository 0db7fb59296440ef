import { PHOTO_FORMAT_NAMES } from './photo-formats.js';

/** Why an image could not be analysed; callers record it as the photo's error outcome. */
export type MediaErrorCode = 'empty' | 'unsupported' | 'corrupt' | 'too-large';

/** An expected failure on a bad input file; `message` is shown to the photographer as is. */
export class MediaError extends Error {
  override readonly name = 'MediaError';

  constructor(
    readonly code: MediaErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const CORRUPT_MESSAGE = 'image is truncated or corrupt; copy it again from the memory card';

/** Turns a libvips/sharp failure on decode into a MediaError the photographer can act on. */
export function toMediaError(error: unknown): MediaError {
  if (error instanceof MediaError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (/unsupported image format|not a known file format|bad seek|no loader/i.test(detail)) {
    return new MediaError('unsupported', `not a readable image (its content is not ${PHOTO_FORMAT_NAMES})`, { cause: error });
  }
  if (/pixel limit/i.test(detail)) {
    return new MediaError('too-large', 'image too large: it exceeds the pixel limit', { cause: error });
  }
  return new MediaError('corrupt', CORRUPT_MESSAGE, { cause: error });
}
