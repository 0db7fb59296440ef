import { linkSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { analyseImage } from '../../../electron/core/media/analyse-image.js';
import { derivativePaths } from '../../../electron/core/media/write-cache.js';
import { renderJpeg } from '../../support/shoot/render-jpeg.js';
import { makeLook, makePose, type Scene } from '../../support/shoot/scene.js';
import { createRng } from '../../support/shoot/prng.js';
import type { PlannedFrame } from './big-job-plan.js';

/** Distinct pictures: ten pupils' looks in four poses, and cards held by eight of them. */
const LOOKS = 10;
const POSES = 4;
const CARD_LOOKS = 8;
/**
 * Rendered at half a 24-MP frame: the app's media module shrinks either to the same 1500-px
 * preview and 320-px thumbnail, and the half-size render takes a quarter of the time.
 */
const RENDER = { width: 3000, height: 2000, quality: 90, exif: null };

/**
 * Gives every frame a real thumbnail and preview in the cache, made by the app's own media module
 * from a rendered portrait or card photo: a few dozen are made, and each frame's cache entries are
 * hard links to one of them, so 20,000 entries cost 48 files of disk and a few seconds.
 */
export async function linkDerivatives(cacheDir: string, frames: readonly PlannedFrame[]): Promise<void> {
  const rng = createRng(2026);
  const looks = Array.from({ length: LOOKS }, () => makeLook(rng));
  const poses = Array.from({ length: POSES }, () => makePose(rng));
  const templates = join(cacheDir, 'bench-templates');
  const render = async (name: string, scene: Scene): Promise<string> => {
    const image = await analyseImage(await renderJpeg(scene, RENDER));
    const base = join(templates, name);
    mkdirSync(templates, { recursive: true });
    await writeFile(`${base}-thumb.jpg`, image.thumbnail);
    await writeFile(`${base}-preview.jpg`, image.preview);
    return base;
  };

  const portraits: string[] = [];
  for (const [l, look] of looks.entries()) {
    for (const [p, pose] of poses.entries()) portraits.push(await render(`portrait-${l}-${p}`, { type: 'portrait', look, pose }));
  }
  const cards: string[] = [];
  const card = { payloads: ['BENCHCARD'], rotation: 0, blur: 0, glare: 'none' as const };
  for (const [l, look] of looks.slice(0, CARD_LOOKS).entries()) cards.push(await render(`card-${l}`, { type: 'card', look, pose: makePose(rng), card }));

  frames.forEach((frame, i) => {
    // One look per pupil, so a gallery looks like one child in several poses.
    const who = frame.content.subject ?? i;
    const base = frame.content.kind === 'photo' ? portraits[(who % LOOKS) * POSES + (i % POSES)] : cards[who % CARD_LOOKS];
    if (base === undefined) throw new Error(`no picture for ${frame.relPath}`);
    const paths = derivativePaths(cacheDir, frame.sha256);
    mkdirSync(dirname(paths.thumbnail), { recursive: true });
    mkdirSync(dirname(paths.preview), { recursive: true });
    linkSync(`${base}-thumb.jpg`, paths.thumbnail);
    linkSync(`${base}-preview.jpg`, paths.preview);
  });
}
