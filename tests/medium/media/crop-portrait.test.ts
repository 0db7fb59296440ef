import exifr from 'exifr';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cropPortrait } from '../../../electron/core/media/crop-portrait.js';

const SIZE = { width: 640, height: 800 };

/** A frame as the sensor stored it: `top` colour over the upper quarter, `rest` below, optionally tagged to be shown turned. */
async function frame(width: number, height: number, orientation?: number): Promise<Buffer> {
  const band = await sharp({ create: { width, height: Math.round(height / 4), channels: 3, background: { r: 230, g: 30, b: 30 } } }).png().toBuffer();
  const image = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 30, b: 230 } } }).composite([{ input: band, left: 0, top: 0 }]);
  return (orientation ? image.withMetadata({ orientation }) : image).jpeg({ quality: 95 }).toBuffer();
}

/** The colour at a fraction of the portrait's width and height. */
async function colourAt(jpeg: Buffer, x: number, y: number): Promise<'red' | 'blue'> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.round(y * (info.height - 1)) * info.width + Math.round(x * (info.width - 1))) * info.channels;
  return (data[at] ?? 0) > (data[at + 2] ?? 0) ? 'red' : 'blue';
}

describe('cropPortrait', () => {
  it.each([
    ['a landscape frame', 1200, 800, undefined],
    ['a tall 2:3 portrait frame', 800, 1200, undefined],
    ['a frame smaller than the portrait', 300, 400, undefined],
  ])('makes a 640×800 sRGB JPEG at 300 dpi of %s, keeping the top of the frame', async (_what, width, height) => {
    const portrait = await cropPortrait(await frame(width, height), SIZE);
    const meta = await sharp(portrait).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, channels: meta.channels, space: meta.space, density: meta.density, orientation: meta.orientation }).toEqual({
      format: 'jpeg', width: 640, height: 800, channels: 3, space: 'srgb', density: 300, orientation: 1,
    });
    expect(await colourAt(portrait, 0.5, 0.02)).toBe('red');
    expect(await colourAt(portrait, 0.5, 0.9)).toBe('blue');
  });

  it('turns the frame upright by its EXIF orientation before cropping', async () => {
    // Stored 1200×800 with the red band on top, shown turned a quarter clockwise (orientation 6):
    // upright it is 800 wide, 1200 tall, with the red band along its right edge.
    const portrait = await cropPortrait(await frame(1200, 800, 6), SIZE);
    expect((await sharp(portrait).metadata()).height).toBe(800);
    expect(await colourAt(portrait, 0.98, 0.5)).toBe('red');
    expect(await colourAt(portrait, 0.02, 0.5)).toBe('blue');
  });

  it('writes none of the camera’s metadata: no make, model, serial or capture time', async () => {
    const camera = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'camera-jpegs', 'Canon_40D.jpg'));
    expect(await exifr.parse(camera, ['Make', 'DateTimeOriginal'])).toMatchObject({ Make: 'Canon' });
    const tags = (await exifr.parse(await cropPortrait(camera, SIZE), true)) as Record<string, unknown>;
    expect(Object.keys(tags).sort()).toEqual(['ExifImageHeight', 'ExifImageWidth', 'Orientation', 'ResolutionUnit', 'XResolution', 'YResolution']);
  });

  it('says a file that is no image is not readable', async () => {
    await expect(cropPortrait(Buffer.from('not a photo'), SIZE)).rejects.toMatchObject({ name: 'MediaError', message: expect.stringContaining('not a readable image') as string });
  });
});
