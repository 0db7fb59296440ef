import { readIfd, readText, readUint16, readUint32, type IfdEntry, type TiffContext } from './tiff-ifd.js';

export interface MakerNoteSerials {
  serialNumber: string | null;
  internalSerialNumber: string | null;
}

const NONE: MakerNoteSerials = { serialNumber: null, internalSerialNumber: null };
const EXIF_IFD_POINTER = 0x8769;
const MAKER_NOTE = 0x927c;

/**
 * Body serials that Nikon, Olympus/OM System and Panasonic keep only in their maker
 * notes (exifr returns maker notes as raw bytes). Two bodies of one model at a shoot
 * are common, and only the serial tells their photo streams apart.
 * `exif` is the file's EXIF as one TIFF structure (findExifBlock), offsets relative to its start.
 * Never throws: a damaged maker note just yields no serial.
 */
export function readMakerNoteSerials(exif: Buffer): MakerNoteSerials {
  try {
    const outer: TiffContext = { data: exif, little: exif.toString('latin1', 0, 2) === 'II', base: 0 };
    const ifd0 = readIfd(outer, readUint32(outer, 4));
    const exifPointer = ifd0.get(EXIF_IFD_POINTER);
    if (!exifPointer) return NONE;
    const note = readIfd(outer, readUint32(outer, exifPointer.valueAt)).get(MAKER_NOTE);
    return note ? readVendorSerials(outer, note) : NONE;
  } catch {
    return NONE;
  }
}

function readVendorSerials(outer: TiffContext, note: IfdEntry): MakerNoteSerials {
  const at = note.valueAt;
  const header = outer.data.toString('latin1', at, at + 12);
  if (header.startsWith('Nikon\0\x02')) return readNikon(outer.data, at);
  if (header.startsWith('OLYMPUS\0')) return readOlympus(outer.data, at, 12);
  if (header.startsWith('OM SYSTEM\0')) return readOlympus(outer.data, at, 16);
  if (header === 'Panasonic\0\0\0') return readPanasonic(outer, at);
  return NONE;
}

/** Nikon type 3: an embedded TIFF header 10 bytes in; SerialNumber is tag 0x001d, or 0x00a0 ('NO= …') on older bodies. */
function readNikon(data: Buffer, at: number): MakerNoteSerials {
  const tiff = at + 10;
  const ctx: TiffContext = { data, little: data.toString('latin1', tiff, tiff + 2) === 'II', base: tiff };
  const ifd = readIfd(ctx, tiff + readUint32(ctx, tiff + 4));
  const serial = readText(ctx, ifd.get(0x001d)) ?? readText(ctx, ifd.get(0x00a0))?.replace(/^NO=\s*/, '');
  return { serialNumber: serial || null, internalSerialNumber: null };
}

/** Offsets relative to the maker note; serials live in the Equipment sub-IFD (0x2010). */
function readOlympus(data: Buffer, at: number, ifdOffset: number): MakerNoteSerials {
  const ctx: TiffContext = { data, little: data.toString('latin1', at + ifdOffset - 4, at + ifdOffset - 2) === 'II', base: at };
  const equipmentPointer = readIfd(ctx, at + ifdOffset).get(0x2010);
  if (!equipmentPointer) return NONE;
  const equipment = readIfd(ctx, at + readUint32(ctx, equipmentPointer.valueAt));
  return { serialNumber: readText(ctx, equipment.get(0x0101)), internalSerialNumber: readText(ctx, equipment.get(0x0102)) };
}

/**
 * Offsets relative to the outer TIFF header; InternalSerialNumber is tag 0x0025.
 * Editors that rewrite the EXIF block (GIMP, here) can shift the maker note without
 * fixing its offsets; values can never overlap their own directory (Panasonic writes
 * no next-IFD pointer), so an overlap gives the shift to undo, as ExifTool does.
 */
function readPanasonic(outer: TiffContext, at: number): MakerNoteSerials {
  const ifdAt = at + 12;
  let ifd = readIfd(outer, ifdAt);
  const directoryEnd = ifdAt + 2 + readUint16(outer, ifdAt) * 12;
  const firstValue = Math.min(...[...ifd.values()].filter((entry) => entry.external).map((entry) => entry.valueAt));
  if (firstValue < directoryEnd) ifd = readIfd({ ...outer, base: outer.base + directoryEnd - firstValue }, ifdAt);
  return { serialNumber: null, internalSerialNumber: readText(outer, ifd.get(0x0025)) };
}
