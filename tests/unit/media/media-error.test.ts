import { describe, expect, it } from 'vitest';
import { MediaError, toMediaError } from '../../../electron/core/media/media-error.js';
import { sniffUnsupportedFormat } from '../../../electron/core/media/sniff-format.js';

describe('toMediaError', () => {
  it.each([
    ['Input buffer contains unsupported image format', 'unsupported'],
    ['Input image exceeds pixel limit', 'too-large'],
    ['VipsJpeg: premature end of JPEG image', 'corrupt'],
    ['VipsJpeg: Corrupt JPEG data: found marker 0xd1 instead of RST5', 'corrupt'],
  ] as const)('maps %j to %s', (detail, code) => {
    const cause = new Error(detail);
    const mapped = toMediaError(cause);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(cause);
    expect(mapped.message).not.toContain('Vips');
  });

  it('passes a MediaError through unchanged', () => {
    const error = new MediaError('empty', 'empty file');
    expect(toMediaError(error)).toBe(error);
  });
});

describe('sniffUnsupportedFormat', () => {
  const ftyp = (brand: string) => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from(`ftyp${brand}`), Buffer.alloc(12)]);

  it.each(['heic', 'heix', 'mif1'])('names the %s brand HEIC', (brand) => {
    expect(sniffUnsupportedFormat(ftyp(brand))).toBe('HEIC');
  });

  it('leaves other files alone', () => {
    expect(sniffUnsupportedFormat(ftyp('avif'))).toBeNull();
    expect(sniffUnsupportedFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(sniffUnsupportedFormat(Buffer.alloc(0))).toBeNull();
  });
});
