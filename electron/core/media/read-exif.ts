import exifr from 'exifr';
import { findExifBlock } from './find-exif-block.js';
import type { ExifInfo } from './media-types.js';
import { readMakerNoteSerials } from './read-maker-note-serial.js';

/**
 * Only the IFDs that hold what sorting needs. Values stay raw strings
 * (reviveValues: false): dates as the camera wrote them, sub-seconds with their
 * leading zeros ('07' is not 7). Maker notes are read by our own parser, which
 * locates them itself, so exifr does not copy them out.
 */
const EXIFR_OPTIONS = {
  tiff: true,
  ifd0: { pick: ['Make', 'Model', 'Orientation'] },
  exif: { pick: ['DateTimeOriginal', 'SubSecTimeOriginal', 'BodySerialNumber'] },
  ifd1: false,
  gps: false,
  interop: false,
  makerNote: false,
  userComment: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  reviveValues: false,
  translateValues: false,
  sanitize: true,
  mergeOutput: true,
};

const NO_EXIF: ExifInfo = {
  dateTimeOriginal: null,
  subSecTimeOriginal: null,
  make: null,
  model: null,
  serial: null,
  orientation: null,
};

/**
 * Capture time, camera identity and orientation from the already-read file, whatever its format:
 * exifr reads the TIFF structure that findExifBlock cut out of the container.
 * Never throws: a photo with broken or missing EXIF still imports, with nulls.
 */
export async function readExif(input: Buffer): Promise<ExifInfo> {
  const block = findExifBlock(input);
  if (!block) return NO_EXIF;
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(block, EXIFR_OPTIONS)) as Record<string, unknown> | undefined;
  } catch {
    return NO_EXIF;
  }
  if (!tags) return NO_EXIF;
  return {
    dateTimeOriginal: readDateTime(tags['DateTimeOriginal']),
    subSecTimeOriginal: readDigits(tags['SubSecTimeOriginal']),
    make: readText(tags['Make']),
    model: readText(tags['Model']),
    serial: readText(tags['BodySerialNumber']) ?? readMakerNoteSerial(block),
    orientation: readOrientation(tags['Orientation']),
  };
}

function readMakerNoteSerial(block: Buffer): string | null {
  const serials = readMakerNoteSerials(block);
  return serials.serialNumber ?? serials.internalSerialNumber;
}

/** ASCII as ExifTool shows it: up to the first NUL (cameras pad with NULs and leftovers), trimmed. */
function readText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.split('\0', 1)[0]?.trim() ?? '';
  return text === '' ? null : text;
}

/** 'YYYY:MM:DD HH:MM:SS'; an unset camera clock ('0000:00:00 00:00:00') is no capture time. */
function readDateTime(value: unknown): string | null {
  const match = /^\d{4}:\d{2}:\d{2} \d{2}:\d{2}:\d{2}/.exec(readText(value) ?? '');
  if (!match || match[0].startsWith('0000')) return null;
  return match[0];
}

function readDigits(value: unknown): string | null {
  const text = typeof value === 'number' ? String(value) : readText(value);
  return text !== null && /^\d+$/.test(text) ? text : null;
}

function readOrientation(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8 ? value : null;
}
