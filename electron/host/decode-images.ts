import { readFile } from 'node:fs/promises';
import { analyseImage } from '../core/media/analyse-image.js';
import { MediaError } from '../core/media/media-error.js';
import { detectQr } from '../core/qr/qr-detect.js';

export interface DecodeResult {
  file: string;
  codes: string[];
  error?: string;
}

/** Every QR payload in each image, through the same reduced decode and detector a scan uses. */
export async function decodeImages(files: readonly string[]): Promise<DecodeResult[]> {
  const results: DecodeResult[] = [];
  for (const file of files) {
    try {
      const image = await analyseImage(await readFile(file));
      results.push({ file, codes: (await detectQr(image.qrFrame)).codes });
    } catch (error) {
      const message = error instanceof MediaError ? error.message : `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
      results.push({ file, codes: [], error: message });
    }
  }
  return results;
}
