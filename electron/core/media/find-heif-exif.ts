/** An ISO-BMFF box: `start` is where its payload begins, after the size and type (and a 64-bit size). */
interface Box {
  start: number;
  end: number;
}

/**
 * The Exif item of a HEIF or AVIF file, from the spec's boxes (ISO/IEC 23008-12): `iinf` names
 * the item, `iloc` places its bytes (base offset plus extent offset, in the file or in `idat`).
 * The item begins with the offset of the TIFF header within it. Throws RangeError on a read past
 * the end; the caller treats that as no EXIF.
 */
export function findHeifExif(input: Buffer): Buffer | null {
  const meta = findBox(input, 0, input.length, 'meta');
  if (!meta) return null;
  // meta is a full box: version and flags come before its children.
  const children = meta.start + 4;
  const iinf = findBox(input, children, meta.end, 'iinf');
  const iloc = findBox(input, children, meta.end, 'iloc');
  if (!iinf || !iloc) return null;
  const itemId = findExifItemId(input, iinf);
  if (itemId === null) return null;
  const item = readItem(input, iloc, itemId, findBox(input, children, meta.end, 'idat'));
  if (!item || item.length < 4) return null;
  return item.subarray(4 + item.readUInt32BE(0));
}

function findBox(input: Buffer, from: number, to: number, type: string): Box | null {
  let at = from;
  while (at + 8 <= to) {
    const size32 = input.readUInt32BE(at);
    const wide = size32 === 1;
    const size = wide ? Number(input.readBigUInt64BE(at + 8)) : size32 === 0 ? to - at : size32;
    const start = at + (wide ? 16 : 8);
    if (size < start - at || at + size > to) return null;
    if (input.toString('latin1', at + 4, at + 8) === type) return { start, end: at + size };
    at += size;
  }
  return null;
}

/** Item info entries of version 2 and 3 carry the item type; 'Exif' is the one wanted. */
function findExifItemId(input: Buffer, iinf: Box): number | null {
  const version = input[iinf.start] ?? 0;
  let at = iinf.start + 4 + (version === 0 ? 2 : 4);
  while (at + 8 <= iinf.end) {
    const size = input.readUInt32BE(at);
    if (size < 8) return null;
    if (input.toString('latin1', at + 4, at + 8) === 'infe') {
      const infeVersion = input[at + 8] ?? 0;
      const body = at + 12;
      if (infeVersion === 2 && input.toString('latin1', body + 4, body + 8) === 'Exif') return input.readUInt16BE(body);
      if (infeVersion === 3 && input.toString('latin1', body + 6, body + 10) === 'Exif') return input.readUInt32BE(body);
    }
    at += size;
  }
  return null;
}

/** The bytes of one item: its extents, one after another. */
function readItem(input: Buffer, iloc: Box, itemId: number, idat: Box | null): Buffer | null {
  const version = input[iloc.start] ?? 0;
  let at = iloc.start + 4;
  const sizes = input[at] ?? 0;
  const moreSizes = input[at + 1] ?? 0;
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 0x0f;
  const baseOffsetSize = moreSizes >> 4;
  const indexSize = version === 1 || version === 2 ? moreSizes & 0x0f : 0;
  at += 2;
  const readUint = (size: number): number => {
    const value = readSized(input, at, size);
    at += size;
    return value;
  };
  const itemCount = readUint(version < 2 ? 2 : 4);
  for (let i = 0; i < itemCount && at < iloc.end; i++) {
    const id = readUint(version < 2 ? 2 : 4);
    const construction = version === 1 || version === 2 ? readUint(2) & 0x0f : 0;
    readUint(2); // data reference index: 0 means this file
    const base = readUint(baseOffsetSize);
    const extentCount = readUint(2);
    const extents: { offset: number; length: number }[] = [];
    for (let e = 0; e < extentCount; e++) {
      readUint(indexSize);
      extents.push({ offset: readUint(offsetSize), length: readUint(lengthSize) });
    }
    if (id !== itemId) continue;
    // Construction method 0 places the bytes in the file, 1 in the idat box; 2 (inside another item) is not used for Exif.
    const area = construction === 0 ? { start: 0, end: input.length } : construction === 1 ? idat : null;
    return area && joinExtents(input, area, base, extents);
  }
  return null;
}

/** The extents of an item within its area; an extent length of 0 means "to the end". */
function joinExtents(input: Buffer, area: Box, base: number, extents: readonly { offset: number; length: number }[]): Buffer | null {
  const parts: Buffer[] = [];
  for (const { offset, length } of extents) {
    const from = area.start + base + offset;
    const to = length === 0 ? area.end : from + length;
    if (to > area.end) return null;
    parts.push(input.subarray(from, to));
  }
  return parts.length === 1 ? (parts[0] ?? null) : Buffer.concat(parts);
}

/** iloc's fields are 0, 2, 4 or 8 bytes wide, as its header says. */
function readSized(input: Buffer, at: number, size: number): number {
  if (size === 0) return 0;
  if (size === 2) return input.readUInt16BE(at);
  if (size === 4) return input.readUInt32BE(at);
  if (size === 8) return Number(input.readBigUInt64BE(at));
  throw new RangeError(`field size ${size} in iloc`);
}
