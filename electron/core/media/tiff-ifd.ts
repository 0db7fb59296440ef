/** Minimal bounds-checked TIFF IFD reading, for the maker-note fields exifr leaves as raw bytes. */

export interface TiffContext {
  data: Buffer;
  little: boolean;
  /** Absolute position that value offsets are relative to. */
  base: number;
}

export interface IfdEntry {
  type: number;
  count: number;
  /** Absolute position of the value in `data`. */
  valueAt: number;
  /** The value sits outside the directory (too large to be stored in the entry). */
  external: boolean;
}

const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
// Real IFDs hold a few hundred entries at most; more means we are reading garbage.
const MAX_ENTRIES = 1000;

export function readUint16(ctx: TiffContext, at: number): number {
  return ctx.little ? ctx.data.readUInt16LE(at) : ctx.data.readUInt16BE(at);
}

export function readUint32(ctx: TiffContext, at: number): number {
  return ctx.little ? ctx.data.readUInt32LE(at) : ctx.data.readUInt32BE(at);
}

/** The entries of the IFD at absolute position `at`; throws RangeError on a truncated or bogus directory. */
export function readIfd(ctx: TiffContext, at: number): Map<number, IfdEntry> {
  const count = readUint16(ctx, at);
  if (count > MAX_ENTRIES) throw new RangeError(`implausible IFD with ${count} entries`);
  const entries = new Map<number, IfdEntry>();
  for (let i = 0; i < count; i++) {
    const entryAt = at + 2 + i * 12;
    const tag = readUint16(ctx, entryAt);
    const type = readUint16(ctx, entryAt + 2);
    const valueCount = readUint32(ctx, entryAt + 4);
    const size = (TYPE_SIZES[type] ?? 1) * valueCount;
    const valueAt = size <= 4 ? entryAt + 8 : ctx.base + readUint32(ctx, entryAt + 8);
    if (valueAt + size > ctx.data.length) continue;
    entries.set(tag, { type, count: valueCount, valueAt, external: size > 4 });
  }
  return entries;
}

/** An ASCII or UNDEFINED value as text: cut at the first NUL, surrounding blanks removed; null when empty. */
export function readText(ctx: TiffContext, entry: IfdEntry | undefined): string | null {
  if (!entry) return null;
  const raw = ctx.data.toString('latin1', entry.valueAt, entry.valueAt + entry.count);
  const text = raw.split('\0', 1)[0]?.trim() ?? '';
  return text === '' ? null : text;
}
