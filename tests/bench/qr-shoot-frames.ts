import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { GreyFrame } from '../../electron/core/qr/qr-types.js';
import type { Scene } from '../support/shoot/scene.js';

/** What the QR stage must make of a frame: a portrait (no symbol), a readable card, or a card it must hold. */
export type FrameKind = 'portrait' | 'card' | 'held-card';

export interface ShootFrame {
  name: string;
  kind: FrameKind;
  /** Payloads the frame shows: a card's (a held card's may be read only in part), a poster's on a portrait. */
  codes: string[];
  /** The luminance frame the scan hands the detector, from a 24-MP camera JPEG as the bench shoot has them. */
  frame: GreyFrame;
}

interface PlannedFrame {
  name: string;
  kind: FrameKind;
  codes: string[];
  scene: Scene;
}

const CAMERA = { width: 6000, height: 4000, quality: 90 };
/** Bumped when the plan below changes; the generator itself may change under it without moving the frames. */
const FRAMES_VERSION = 1;
const PORTRAITS = 16;

/**
 * The bench shoot's kinds of frame, plus every card trap (rotated up to 20°, blurred, URL cards,
 * siblings, a poster's foreign QR), with extra glare and blur variants: one shoot has only one
 * glared card, too few to time or to trust.
 */
async function planFrames(): Promise<PlannedFrame[]> {
  const { planShoot } = await import('../support/shoot/plan-shoot.js');
  const { resolveSpec } = await import('../support/shoot/shoot-spec.js');
  const spec = resolveSpec({
    seed: 2024,
    subjects: 18,
    photosPerSubject: [1, 1],
    traps: ['url-cards', 'rotated-cards', 'blurred-cards', 'glare-partial', 'glare-blown', 'sibling-card', 'foreign-qr'],
  });
  const frames: PlannedFrame[] = [];
  let portraits = 0;
  for (const file of planShoot(spec).files) {
    if (file.content.type !== 'jpeg') continue;
    const scene = file.content.scene;
    const name = path.basename(file.path, '.JPG');
    if (scene.type === 'card') {
      const readable = scene.card.glare === 'none';
      frames.push({ name, kind: readable ? 'card' : 'held-card', codes: scene.card.payloads, scene });
      if (readable && frames.length % 3 === 0) {
        frames.push({ name: `${name}-glare`, kind: 'held-card', codes: scene.card.payloads, scene: { ...scene, card: { ...scene.card, glare: 'partial' } } });
      }
      if (readable && scene.card.blur === 0 && frames.length % 4 === 1) {
        frames.push({ name: `${name}-blur`, kind: 'card', codes: scene.card.payloads, scene: { ...scene, card: { ...scene.card, blur: 1.5 } } });
      }
    } else if (scene.poster || portraits < PORTRAITS) {
      portraits += scene.poster ? 0 : 1;
      frames.push({ name, kind: 'portrait', codes: scene.poster ? [scene.poster] : [], scene });
    }
  }
  return frames;
}

type FrameEntry = Omit<PlannedFrame, 'scene'>;

/**
 * Renders each planned frame as a 24-MP JPEG and derives its QR frame the way the scan does
 * (analyseImage), once: the grey frames are kept as PNGs under `cacheDir` with an index, and
 * read back from there without the generator, so before/after timings see the same pixels.
 */
export async function loadShootFrames(cacheDir: string): Promise<ShootFrame[]> {
  const dir = path.join(cacheDir, `qr-shoot-frames-v${FRAMES_VERSION}`);
  const index = path.join(dir, 'frames.json');
  if (!existsSync(index)) await renderFrames(dir, index);
  const entries = JSON.parse(readFileSync(index, 'utf8')) as FrameEntry[];
  const frames: ShootFrame[] = [];
  for (const entry of entries) {
    const { data, info } = await sharp(path.join(dir, `${entry.name}.png`)).greyscale().raw().toBuffer({ resolveWithObject: true });
    frames.push({ ...entry, frame: { data: new Uint8Array(data), width: info.width, height: info.height } });
  }
  return frames;
}

async function renderFrames(dir: string, index: string): Promise<void> {
  const { renderJpeg } = await import('../support/shoot/render-jpeg.js');
  const { analyseImage } = await import('../../electron/core/media/analyse-image.js');
  mkdirSync(dir, { recursive: true });
  const planned = await planFrames();
  for (const plan of planned) {
    const { qrFrame } = await analyseImage(await renderJpeg(plan.scene, { ...CAMERA, exif: null }));
    await sharp(qrFrame.data, { raw: { width: qrFrame.width, height: qrFrame.height, channels: 1 } }).png().toFile(path.join(dir, `${plan.name}.png`));
  }
  // Written last: an index means every frame is there.
  writeFileSync(index, JSON.stringify(planned.map(({ scene: _scene, ...entry }): FrameEntry => entry), null, 1));
}
