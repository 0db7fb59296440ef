import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AnalysisOutcome } from '../db/photos.js';
import { analyseImage } from '../media/analyse-image.js';
import { MediaError } from '../media/media-error.js';
import { HEIF_MESSAGE, isHeifExtension } from '../media/photo-formats.js';
import { readExif } from '../media/read-exif.js';
import { writeDerivatives } from '../media/write-cache.js';
import { detectQr } from '../qr/qr-detect.js';

export interface AnalyseTask {
  id: number;
  /** Absolute path of the original; it is only ever read. */
  path: string;
  cacheDir: string;
}

function describeFailure(error: unknown): string {
  if (error instanceof MediaError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file is gone (moved or deleted since the folder was listed)';
  if (code === 'EACCES' || code === 'EPERM') return 'file could not be read (permission denied)';
  // Node reads at most 2 GiB into one buffer; a TIFF that size is far beyond the pixel limit anyway.
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'image too large: the file is over 2 GB';
  return `could not be analysed: ${(error as Error).message}`;
}

/**
 * Every stage for one photo from a single read of the file: content hash, EXIF, one reduced decode
 * (thumbnail, preview and QR input all come from it) and QR detection. A bad file is an outcome,
 * not an exception, so one broken JPEG never stops a scan.
 */
export async function analysePhoto(task: AnalyseTask): Promise<AnalysisOutcome> {
  // A camera's HEIF frame is HEVC-coded: never decodable here, so not even read (photo-formats.ts).
  if (isHeifExtension(extname(task.path).toLowerCase())) return { ok: false, id: task.id, message: HEIF_MESSAGE };
  try {
    const bytes = await readFile(task.path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [exif, image] = await Promise.all([readExif(bytes), analyseImage(bytes)]);
    const [qr] = await Promise.all([detectQr(image.qrFrame), writeDerivatives(task.cacheDir, sha256, image)]);
    return {
      ok: true,
      record: {
        id: task.id,
        sha256,
        make: exif.make,
        model: exif.model,
        serial: exif.serial,
        capturedAt: exif.dateTimeOriginal,
        subsec: exif.subSecTimeOriginal,
        orientation: exif.orientation,
        width: image.width,
        height: image.height,
        qrCodes: qr.codes,
        qrSizes: qr.sizes,
        qrUndecodable: qr.undecodable,
        qrCardLike: qr.cardLike,
      },
    };
  } catch (error) {
    return { ok: false, id: task.id, message: describeFailure(error) };
  }
}
