import sharp, { type AvailableFormatInfo, type FormatEnum } from 'sharp';
import { describe, expect, it } from 'vitest';
import { isHeifExtension, isPhotoExtension, PHOTO_FORMATS, unreadablePictureName } from '../../../electron/core/media/photo-formats.js';

const formats = (Object.keys(sharp.format) as (keyof FormatEnum)[]).map((name) => [name, sharp.format[name]] as const);
/** sharp's formats that this build decodes from a buffer (how a scan reads every file), by name. */
const decodable = formats.filter(([, info]) => info.input.buffer);
const suffixesOf = (info: AvailableFormatInfo): string[] => info.input.fileSuffix ?? [];

describe('the photo formats agree with the bundled libvips', () => {
  it('decodes every format the walk hands it, under the extensions libvips gives that format', () => {
    for (const format of PHOTO_FORMATS) {
      const info = sharp.format[format.sharpFormat];
      expect(info.input.buffer, format.label).toBe(true);
      expect(suffixesOf(info), format.label).toEqual(expect.arrayContaining([...format.extensions]));
    }
  });

  it('sorts every format it can decode, save SVG drawings (and raw pixel arrays, which are no file format)', () => {
    // A sharp upgrade that brings a decoder (JPEG XL, JPEG 2000) fails here until the format is sorted or refused on purpose.
    const unsorted = decodable
      .filter(([name]) => name !== 'raw')
      .flatMap(([name, info]) => suffixesOf(info).filter((ext) => !isPhotoExtension(ext)).map((ext) => `${name} ${ext}`));
    expect(unsorted).toEqual(['svg .svg', 'svg .svgz', 'svg .svg.gz']);
    expect(unreadablePictureName('.svg')).toBe('SVG');
  });

  it('names as unreadable only pictures this build cannot decode', () => {
    const decodableSuffixes = new Set(decodable.flatMap(([, info]) => suffixesOf(info)));
    for (const ext of ['.psd', '.bmp', '.jp2', '.jxl', '.xcf', '.ico', '.tga', '.exr', '.hdr', '.eps', '.ppm']) {
      expect(unreadablePictureName(ext), ext).not.toBeNull();
      expect(decodableSuffixes.has(ext), ext).toBe(false);
    }
  });

  it('has no HEVC decoder, which is why HEIF frames are refused unread', () => {
    expect(suffixesOf(sharp.format.heif)).toEqual(['.avif']);
    for (const ext of ['.heic', '.heif', '.hif']) expect(isHeifExtension(ext) && !isPhotoExtension(ext), ext).toBe(true);
  });
});
