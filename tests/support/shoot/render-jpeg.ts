import sharp from 'sharp';
import { exifFor } from './exif-for.js';
import type { ExifFields } from './planned-file.js';
import { createRng, hashString } from './prng.js';
import { svgDocument } from './draw-person.js';
import { drawBackgroundCard } from './render-background-card.js';
import { renderCardSvg } from './render-card.js';
import { renderPortraitSvg } from './render-portrait.js';
import type { Scene } from './scene.js';

/** Scenes are drawn at most this wide and scaled up: flat shapes gain nothing from a 24-MP SVG render. */
const MAX_RENDER_WIDTH = 1600;
/** Peak sensor-noise amplitude: gives about 8 MB at 24 MP and quality 90, as real camera JPEGs have. */
const GRAIN = 27;
const GRAIN_TABLE_SIZE = 1 << 22;

export interface JpegOptions {
  width: number;
  height: number;
  quality: number;
  exif: ExifFields | null;
}

export function renderSceneSvg(scene: Scene, width: number, height: number): string {
  const frame = { width, height };
  if (scene.type === 'portrait') return renderPortraitSvg(frame, scene.look, scene.pose, scene.poster, scene.backgroundCard);
  const card = renderCardSvg(frame, scene.look, scene.pose, scene.card);
  if (!scene.backgroundCard) return card;
  // Over the finished card photo, as an outer document: the card drawing stays as it is.
  const { holder, card: background } = drawBackgroundCard(frame, scene.backgroundCard, { bust: true });
  return svgDocument(frame, `${card}${holder}${background}`);
}

/** Draws the scene small, blurs it if asked, scales it to size and adds grain, then encodes it as a camera would. */
export async function renderJpeg(scene: Scene, options: JpegOptions): Promise<Buffer> {
  const { width, height } = options;
  const renderWidth = Math.min(width, MAX_RENDER_WIDTH);
  const renderHeight = Math.round((height * renderWidth) / width);
  let drawn = sharp(Buffer.from(renderSceneSvg(scene, renderWidth, renderHeight))).removeAlpha();
  const blur = scene.type === 'card' ? scene.card.blur * (renderWidth / 1200) : 0;
  if (blur >= 0.3) drawn = drawn.blur(blur);
  if (renderWidth !== width) drawn = sharp(await drawn.raw().toBuffer(), { raw: { width: renderWidth, height: renderHeight, channels: 3 } }).resize(width, height, { kernel: 'linear' });
  const pixels = await drawn.raw().toBuffer();
  addGrain(pixels, hashString(JSON.stringify(scene)));
  // Standard Huffman tables, as cameras write them; optimising them would make encoding six times slower.
  const jpeg = sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: options.quality, optimiseCoding: false });
  return options.exif ? jpeg.withExif(exifFor(options.exif)).toBuffer() : jpeg.toBuffer();
}

/** A phone-sized HEIF (AV1: sharp has no HEVC encoder); small and grainless because AV1 encoding is slow. */
export async function renderHeif(scene: Scene): Promise<Buffer> {
  const image = sharp(Buffer.from(renderSceneSvg(scene, 480, 320)));
  return image.removeAlpha().heif({ compression: 'av1', quality: 50, effort: 2 }).toBuffer();
}

let grainTable: Int8Array | undefined;

/** Additive triangular noise read from a shared table at a per-image offset: cheap enough for 72 MB of pixels. */
function addGrain(pixels: Buffer, seed: number): void {
  if (!grainTable) {
    const rng = createRng(0x5eed);
    grainTable = new Int8Array(GRAIN_TABLE_SIZE);
    for (let i = 0; i < GRAIN_TABLE_SIZE; i += 1) grainTable[i] = Math.round((rng.next() + rng.next() - 1) * GRAIN);
  }
  const table = grainTable;
  const mask = GRAIN_TABLE_SIZE - 1;
  for (let i = 0, at = seed & mask; i < pixels.length; i += 1, at = (at + 1) & mask) {
    const value = (pixels[i] as number) + (table[at] as number);
    pixels[i] = value < 0 ? 0 : value > 255 ? 255 : value;
  }
}
