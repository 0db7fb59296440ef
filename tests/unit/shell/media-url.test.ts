import { describe, expect, it } from 'vitest';
import { MEDIA_FILE_NAME, mediaFilePath, type MediaKind } from '../../../shared/api/media-url.js';

const HASH = '0123456789abcdef'.repeat(4);

describe('mediaFilePath', () => {
  it('names a kind and a hash as both bridges serve them', () => {
    expect(mediaFilePath('thumb', HASH)).toBe(`thumb/${HASH}.jpg`);
    expect(mediaFilePath('preview', HASH)).toBe(`preview/${HASH}.jpg`);
    expect(MEDIA_FILE_NAME.test(mediaFilePath('thumb', HASH).slice('thumb/'.length))).toBe(true);
  });

  it.each([HASH.toUpperCase(), HASH.slice(1), `${HASH}0`, `../${HASH.slice(3)}`, `${HASH.slice(1)}/`, '', 'z'.repeat(64)])('refuses the hash %j', (sha256) => {
    expect(() => mediaFilePath('thumb', sha256)).toThrow(/SHA-256/);
  });

  it('refuses a kind it does not serve', () => {
    expect(() => mediaFilePath('original' as MediaKind, HASH)).toThrow(/media kind/);
  });
});
