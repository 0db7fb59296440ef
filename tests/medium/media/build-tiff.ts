/** One TIFF tag: SHORT and LONG values as numbers, ASCII as text (the NUL is added). */
export type TiffTag = { tag: number; short: number | number[] } | { tag: number; long: number } | { tag: number; ascii: string };

export interface TiffSpec {
  width: number;
  height: number;
  /** Interleaved 8-bit RGB, width × height × 3 bytes; fewer bytes make a header that lies about its size. */
  rgb: Buffer;
  /** Tags for IFD0 beyond the image structure (Make, Model, Orientation…). */
  ifd0?: TiffTag[];
  /** Tags for the EXIF IFD (DateTimeOriginal…); none means no EXIF IFD at all. */
  exif?: TiffTag[];
}

const EXIF_IFD_POINTER = 34665;
const STRIP_OFFSETS = 273;

/** Type, count and the value's bytes (little-endian). */
function encode(tag: TiffTag): { type: number; count: number; bytes: Buffer } {
  if ('ascii' in tag) {
    const bytes = Buffer.from(`${tag.ascii}\0`, 'latin1');
    return { type: 2, count: bytes.length, bytes };
  }
  if ('short' in tag) {
    const shorts = Array.isArray(tag.short) ? tag.short : [tag.short];
    const bytes = Buffer.alloc(shorts.length * 2);
    shorts.forEach((value, i) => bytes.writeUInt16LE(value, i * 2));
    return { type: 3, count: shorts.length, bytes };
  }
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(tag.long);
  return { type: 4, count: 1, bytes };
}

const ifdSize = (count: number): number => 2 + count * 12 + 4;
const padded = (length: number): number => length + (length % 2);
const externalSize = (tags: TiffTag[]): number =>
  tags.map(encode).reduce((sum, { bytes }) => sum + (bytes.length > 4 ? padded(bytes.length) : 0), 0);

/**
 * A camera-style TIFF (uncompressed RGB, one strip) with an EXIF IFD, as scanners and cameras in
 * TIFF mode write it. libvips' own TIFF writer keeps no EXIF, so tests that need it build it here.
 * Layout: header, IFD0, EXIF IFD, the values too long for their entries, the strip.
 */
export function buildTiff(spec: TiffSpec): Buffer {
  const exif = spec.exif ?? [];
  const ifd0 = (stripAt: number, exifAt: number): TiffTag[] =>
    [
      { tag: 256, long: spec.width },
      { tag: 257, long: spec.height },
      { tag: 258, short: [8, 8, 8] },
      { tag: 259, short: 1 },
      { tag: 262, short: 2 },
      { tag: STRIP_OFFSETS, long: stripAt },
      { tag: 277, short: 3 },
      { tag: 278, long: spec.height },
      { tag: 279, long: spec.rgb.length },
      { tag: 284, short: 1 },
      ...(spec.ifd0 ?? []),
      ...(exif.length > 0 ? [{ tag: EXIF_IFD_POINTER, long: exifAt }] : []),
    ].sort((a, b) => a.tag - b.tag);

  const ifd0At = 8;
  const exifAt = ifd0At + ifdSize(ifd0(0, 0).length);
  const valuesAt = exifAt + (exif.length > 0 ? ifdSize(exif.length) : 0);
  const stripAt = valuesAt + externalSize(ifd0(0, 0)) + externalSize(exif);

  const out = Buffer.alloc(stripAt + spec.rgb.length);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(ifd0At, 4);
  let nextValue = valuesAt;
  const writeIfd = (tags: TiffTag[], at: number): void => {
    out.writeUInt16LE(tags.length, at);
    tags.forEach((tag, i) => {
      const entry = at + 2 + i * 12;
      const { type, count, bytes } = encode(tag);
      out.writeUInt16LE(tag.tag, entry);
      out.writeUInt16LE(type, entry + 2);
      out.writeUInt32LE(count, entry + 4);
      if (bytes.length <= 4) {
        bytes.copy(out, entry + 8);
      } else {
        out.writeUInt32LE(nextValue, entry + 8);
        bytes.copy(out, nextValue);
        nextValue += padded(bytes.length);
      }
    });
    out.writeUInt32LE(0, at + 2 + tags.length * 12);
  };
  writeIfd(ifd0(stripAt, exifAt), ifd0At);
  if (exif.length > 0) writeIfd(exif, exifAt);
  spec.rgb.copy(out, stripAt);
  return out;
}
