import type { GreyFrame } from '../qr/qr-types.js';

export interface ExifInfo {
  /** 'YYYY:MM:DD HH:MM:SS' exactly as the camera wrote DateTimeOriginal, or null. */
  dateTimeOriginal: string | null;
  /** SubSecTimeOriginal digits as written (e.g. '07', '123'), or null. */
  subSecTimeOriginal: string | null;
  make: string | null;
  model: string | null;
  /** Body serial: SerialNumber / BodySerialNumber, else InternalSerialNumber; null when absent. */
  serial: string | null;
  /** EXIF Orientation 1–8, or null. */
  orientation: number | null;
}

export interface AnalysedImage {
  /** Pixel size of the original, after EXIF orientation. */
  width: number;
  height: number;
  /** JPEG thumbnail and larger preview, already oriented. */
  thumbnail: Buffer;
  preview: Buffer;
  /** Luminance frame (oriented) for the QR detector: the same decoded pixels as the preview (long edge previewEdge, never enlarged). */
  qrFrame: GreyFrame;
}
