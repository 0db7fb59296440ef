import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExifInfo } from '../../../electron/core/media/media-types.js';
import { readExif } from '../../../electron/core/media/read-exif.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/camera-jpegs/', import.meta.url));

/** One file's tags as ExifTool reported them (numeric values, JSON numbers for numeric-looking strings). */
interface ExifToolRecord {
  DateTimeOriginal?: string;
  SubSecTimeOriginal?: string | number;
  Make?: string;
  Model?: string;
  Orientation?: number;
  SerialNumber?: string | number;
  InternalSerialNumber?: string;
}

const expected = JSON.parse(readFileSync(`${FIXTURES}expected-exif.json`, 'utf8')) as Record<string, ExifToolRecord>;

const XMP_ORIENTATION =
  'ExifTool takes Orientation from XMP tiff:Orientation; there is no EXIF Orientation, and libvips rotates pixels by EXIF only, so null ("as stored") is what the pixels do';

/** Fields where ExifTool found a value outside EXIF that readExif deliberately does not read: ours must be null. */
const EXCEPTIONS: Record<string, { fields: (keyof ExifInfo)[]; reason: string }> = {
  'Canon_DIGITAL_IXUS_400.jpg': { fields: ['orientation'], reason: XMP_ORIENTATION },
  'invalid/image00971.jpg': { fields: ['orientation'], reason: XMP_ORIENTATION },
  'invalid/image01088.jpg': { fields: ['orientation'], reason: XMP_ORIENTATION },
  'invalid/image01137.jpg': { fields: ['orientation'], reason: XMP_ORIENTATION },
  'invalid/image01713.jpg': { fields: ['orientation'], reason: XMP_ORIENTATION },
  'Reconyx_HC500_Hyperfire.jpg': {
    fields: ['dateTimeOriginal', 'serial'],
    reason: 'trail camera: date and serial only in its proprietary binary maker note',
  },
  'exif-org/olympus-d320l.jpg': {
    fields: ['dateTimeOriginal', 'serial'],
    reason: '1998 camera: no EXIF at all, only an Olympus APP12 text block',
  },
  'exif-org/sony-powershota5.jpg': {
    fields: ['dateTimeOriginal', 'make', 'model'],
    reason: '2000 Canon PowerShot A5: metadata in a Canon CIFF (HEAP) block, not EXIF',
  },
  'tests/30-type_error.jpg': {
    fields: ['dateTimeOriginal'],
    reason: 'the EXIF pointer is broken; ExifTool falls back to XMP exif:DateTimeOriginal ("…Z", not the EXIF format)',
  },
};

/**
 * ExifTool's values in ExifInfo's shape. Serials are compared trimmed: ExifTool keeps the
 * blank padding of Olympus maker-note serials, readExif trims it so one body always gives one key.
 */
function fromExifTool(record: ExifToolRecord): ExifInfo {
  const text = (value: string | number | undefined) => (value === undefined ? null : String(value).trim());
  return {
    dateTimeOriginal: text(record.DateTimeOriginal),
    subSecTimeOriginal: text(record.SubSecTimeOriginal),
    make: text(record.Make),
    model: text(record.Model),
    serial: text(record.SerialNumber) ?? text(record.InternalSerialNumber),
    orientation: record.Orientation ?? null,
  };
}

describe('readExif agrees with ExifTool', () => {
  it.each(Object.keys(expected))('%s', async (file) => {
    const record = expected[file];
    if (!record) throw new Error(`no ExifTool record for ${file}`);
    const want = fromExifTool(record);
    for (const field of EXCEPTIONS[file]?.fields ?? []) {
      expect(want[field], `${file}: stale exception for ${field}`).not.toBeNull();
      want[field] = null;
    }
    expect(await readExif(await readFile(`${FIXTURES}${file}`))).toEqual(want);
  });

  it('covers the cases that matter for sorting', () => {
    const values = Object.values(expected).map(fromExifTool);
    // Leading zeros in sub-seconds, maker-note serials, rotated bodies, files without EXIF.
    expect(values.some((v) => v.subSecTimeOriginal?.startsWith('0') && v.subSecTimeOriginal.length > 1)).toBe(true);
    expect(values.filter((v) => v.serial !== null).length).toBeGreaterThanOrEqual(4);
    expect(values.some((v) => v.orientation === 6)).toBe(true);
    expect(values.some((v) => Object.values(v).every((x) => x === null))).toBe(true);
  });
});

describe('readExif on bad input', () => {
  const real = readFileSync(`${FIXTURES}tests/32-lens_data.jpeg`);
  const noExif = { dateTimeOriginal: null, subSecTimeOriginal: null, make: null, model: null, serial: null, orientation: null };

  it.each([
    ['zero bytes', Buffer.alloc(0)],
    ['a text file', Buffer.from('not an image\n'.repeat(50))],
    ['random bytes after a JPEG start marker', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x10, 0x00]), Buffer.from('Exif\0\0II*\0'), Buffer.alloc(4000, 0xa5)])],
  ])('returns nulls for %s', async (_name, input) => {
    expect(await readExif(input)).toEqual(noExif);
  });

  it('does not throw on EXIF cut off mid-way', async () => {
    for (const length of [20, 100, 400, 1000, 2000, 4000]) {
      await expect(readExif(real.subarray(0, length))).resolves.toBeDefined();
    }
  });

  it('reads the maker-note serial of a Nikon body', async () => {
    expect((await readExif(real)).serial).toBe('3105364');
  });
});
