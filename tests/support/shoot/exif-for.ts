import type { Exif } from 'sharp';
import type { ExifFields } from './planned-file.js';

/** The tags a camera body writes, in sharp's IFD layout (IFD2 is the Exif IFD, where 0xA431 BodySerialNumber lives). */
export function exifFor(fields: ExifFields): Exif {
  const ifd0: Record<string, string> = { Make: fields.make, Model: fields.model, Software: 'Firmware Version 1.8.1' };
  // A body without a serial number (cheaper models) writes no tag at all, not an empty one.
  const exif: Record<string, string> = fields.serial === '' ? {} : { BodySerialNumber: fields.serial };
  if (fields.dateTime !== undefined) {
    ifd0.DateTime = fields.dateTime;
    exif.DateTimeOriginal = fields.dateTime;
    exif.DateTimeDigitized = fields.dateTime;
    exif.SubSecTimeOriginal = fields.subSec ?? '00';
    exif.SubSecTimeDigitized = fields.subSec ?? '00';
  }
  return { IFD0: ifd0, IFD2: exif };
}
