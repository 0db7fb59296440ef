// `node --import tsx tests/bench/card-like-bench.ts`: how often isCardLike fires on glare-blown cards (it must),
// on portraits without a card (it should not) and on cards whose code is readable (it does not matter), on
// generated camera JPEGs reduced as the scan reduces them. Prints figures; asserts nothing. Rendered frames are
// cached in the temp folder, so a second run only measures (the first renders 820 frames: about three minutes).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { isCardLike } from '../../electron/core/qr/card-like.js';
import { downscaleGrey } from '../../electron/core/qr/downscale-grey.js';
import type { GreyFrame } from '../../electron/core/qr/qr-types.js';
import {
  BRIGHT_BACKDROPS,
  LARGE,
  REDUCED_LONG_EDGE,
  SMALL,
  WHITE_CLOTHES,
  cardScene,
  reducedFrame,
  type Resolution,
} from '../support/card-like-frames.js';
import { createRng, type Rng } from '../support/shoot/prng.js';
import { makeLook, makePose, type CardLook, type PersonLook, type Pose, type Scene } from '../support/shoot/scene.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CAMERA_JPEGS = path.join(REPO, 'tests', 'fixtures', 'camera-jpegs');
const QR_PHOTOS = path.resolve(REPO, '..', 'shared', 'data', 'qr-photos');
const PLACEMENTS = ['held', 'cropped-bottom', 'cropped-side'] as const;
/** Multiplies every count below: CARD_LIKE_BENCH_SCALE=0.25 for a quick look. */
const SCALE = Number(process.env.CARD_LIKE_BENCH_SCALE ?? 1);
/** Another seed draws other frames: CARD_LIKE_BENCH_SEED=2 checks that the figures hold beyond the frames tuned on. */
const SEED = Number(process.env.CARD_LIKE_BENCH_SEED ?? 0xca2d);

export type Family = 'blown card' | 'blown card, bright backdrop' | 'portrait' | 'readable card' | 'real photo';
export const FAMILIES: readonly Family[] = ['blown card', 'blown card, bright backdrop', 'portrait', 'readable card', 'real photo'];

export interface BenchSample {
  family: Family;
  /** Groups it is counted in, e.g. `placement=cropped-bottom`. */
  tags: string[];
  name: string;
  frame: GreyFrame;
}

interface Planned {
  family: Family;
  tags: string[];
  scene: Scene;
  resolution: Resolution;
}

const count = (n: number): number => Math.max(1, Math.round(n * SCALE));
const resolutionTag = (r: Resolution): string => `res=${r.width}x${r.height}`;

function bucket(value: number, edges: readonly number[], name: string): string {
  for (let i = 1; i < edges.length; i++) {
    if (value < (edges[i] ?? Infinity) || i === edges.length - 1) return `${name}=${edges[i - 1]}–${edges[i]}`;
  }
  return `${name}=?`;
}

/** Every PersonLook the shoot draws from, with white clothes one time in three (the hard case). */
function lookOf(rng: Rng, white: boolean, backdrop?: readonly [string, string]): PersonLook {
  const look = makeLook(rng);
  return { ...look, ...(white ? { clothes: WHITE_CLOTHES } : {}), ...(backdrop ? { backdrop } : {}) };
}

function clothesTag(look: PersonLook): string {
  return look.clothes === WHITE_CLOTHES ? 'clothes=white' : 'clothes=other';
}

function plannedCard(rng: Rng, resolution: Resolution, placement: CardLook['placement'], glare: CardLook['glare'], backdrop?: readonly [string, string]): Planned {
  const look = lookOf(rng, rng.chance(1 / 3), backdrop);
  const pose = makePose(rng);
  const card: Partial<CardLook> = {
    size: rng.float(0.6, 1.2),
    rotation: rng.float(-20, 20),
    blur: rng.chance(0.4) ? rng.float(0.8, 2) : 0,
    glare,
    placement,
  };
  const tags = [
    resolutionTag(resolution),
    `placement=${placement}`,
    bucket(card.size ?? 1, [0.6, 0.75, 0.9, 1.05, 1.2], 'size'),
    bucket(Math.abs(card.rotation ?? 0), [0, 5, 12, 20], '|rotation|'),
    clothesTag(look),
    (card.blur ?? 0) > 0 ? 'blur=0.8–2' : 'blur=none',
    ...(backdrop ? ['backdrop=bright'] : []),
  ];
  const family: Family = glare !== 'blown' ? 'readable card' : backdrop ? 'blown card, bright backdrop' : 'blown card';
  return { family, tags, scene: cardScene(look, pose, card), resolution };
}

function plannedPortrait(rng: Rng, resolution: Resolution, group: string): Planned {
  const white = group.includes('white');
  const backdrop = group.includes('bright') ? rng.pick(BRIGHT_BACKDROPS) : undefined;
  const look = lookOf(rng, white, backdrop);
  const base = makePose(rng);
  // Tilted heads, and closer framing in which a shirt fills more of the frame.
  const pose: Pose = {
    ...base,
    tilt: rng.chance(0.5) ? rng.pick([-1, 1]) * rng.float(8, 18) : base.tilt,
    scale: group.includes('close') ? rng.float(1.15, 1.4) : base.scale,
  };
  return { family: 'portrait', tags: [resolutionTag(resolution), `group=${group}`, clothesTag(look)], scene: { type: 'portrait', look, pose }, resolution };
}

function planSamples(): Planned[] {
  const rng = createRng(SEED);
  const planned: Planned[] = [];
  for (const [resolution, perPlacement] of [[SMALL, 80], [LARGE, 30]] as const) {
    for (const placement of PLACEMENTS) {
      for (let i = 0; i < count(perPlacement); i++) planned.push(plannedCard(rng, resolution, placement, 'blown'));
    }
  }
  for (let i = 0; i < count(30); i++) planned.push(plannedCard(rng, SMALL, rng.pick(PLACEMENTS), 'blown', rng.pick(BRIGHT_BACKDROPS)));
  for (let i = 0; i < count(60); i++) planned.push(plannedCard(rng, SMALL, rng.pick(PLACEMENTS), 'none'));
  const groups: [string, number][] = [
    ['ordinary', 100],
    ['white clothes', 100],
    ['white clothes, close', 60],
    ['bright backdrop', 60],
    ['white clothes, bright backdrop', 40],
  ];
  for (const [group, n] of groups) for (let i = 0; i < count(n); i++) planned.push(plannedPortrait(rng, SMALL, group));
  for (let i = 0; i < count(40); i++) planned.push(plannedPortrait(rng, LARGE, rng.pick(groups)[0]));
  return planned;
}

/** The frame the real-photo test hands detectQr (≤1500 px luminance), reduced to what isCardLike sees. */
async function realPhotoFrame(file: string): Promise<GreyFrame> {
  const { data, info } = await sharp(file).rotate().greyscale().resize(1500, 1500, { fit: 'inside', withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  return downscaleGrey({ data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height }, REDUCED_LONG_EDGE);
}

async function realPhotos(): Promise<BenchSample[]> {
  const samples: BenchSample[] = [];
  if (existsSync(CAMERA_JPEGS)) {
    for (const name of readdirSync(CAMERA_JPEGS).filter((n) => /\.jpe?g$/i.test(n) && n !== 'corrupted.jpg')) {
      samples.push({ family: 'real photo', tags: ['set=camera-jpegs (no card)'], name, frame: await realPhotoFrame(path.join(CAMERA_JPEGS, name)) });
    }
  }
  if (existsSync(QR_PHOTOS)) {
    for (const name of readdirSync(QR_PHOTOS).filter((n) => existsSync(path.join(QR_PHOTOS, n, 'input.png')))) {
      samples.push({ family: 'real photo', tags: ['set=qr-photos (codes, some on cards)'], name, frame: await realPhotoFrame(path.join(QR_PHOTOS, name, 'input.png')) });
    }
  }
  return samples;
}

export async function loadBenchSamples(onProgress?: (done: number, total: number) => void): Promise<BenchSample[]> {
  const planned = planSamples();
  const samples: BenchSample[] = new Array<BenchSample>(planned.length);
  let next = 0;
  let done = 0;
  // Two at a time: sharp runs its own threads, and the machine has two cores.
  await Promise.all(
    [0, 1].map(async () => {
      while (next < planned.length) {
        const i = next++;
        const p = planned[i] as Planned;
        samples[i] = { family: p.family, tags: p.tags, name: JSON.stringify(p.scene), frame: await reducedFrame(p.scene, p.resolution, true) };
        onProgress?.(++done, planned.length);
      }
    }),
  );
  return [...samples, ...(await realPhotos())];
}

export interface RateRow {
  group: string;
  frames: number;
  cardLike: number;
  rate: string;
}

export function ratesBy(samples: readonly BenchSample[], fired: readonly boolean[], family: Family): RateRow[] {
  const groups = new Map<string, { frames: number; cardLike: number }>();
  samples.forEach((s, i) => {
    if (s.family !== family) return;
    for (const group of ['all', ...s.tags]) {
      const g = groups.get(group) ?? { frames: 0, cardLike: 0 };
      g.frames++;
      if (fired[i]) g.cardLike++;
      groups.set(group, g);
    }
  });
  return [...groups]
    .sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)))
    .map(([group, g]) => ({ group, frames: g.frames, cardLike: g.cardLike, rate: `${((100 * g.cardLike) / g.frames).toFixed(1)} %` }));
}

/** Mean time of one isCardLike call on the reduced frames, after a warm-up pass. */
export function msPerFrame(frames: readonly GreyFrame[], detect: (f: GreyFrame) => boolean, rounds = 5): number {
  for (const f of frames) detect(f);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const f of frames) detect(f);
  return (performance.now() - started) / (rounds * frames.length);
}

const WANT: Record<Family, string> = {
  'blown card': 'detection; the variants the rule must catch, want 100 %',
  'blown card, bright backdrop': 'detection; beyond the brief: a card on a white or pale backdrop',
  portrait: 'false positives',
  'readable card': 'does not matter: the code is read',
  'real photo': 'false positives on camera-jpegs; qr-photos hold real cards, labels and screens',
};

/** Prints the rates of one implementation of isCardLike on the samples. */
export function printRates(samples: readonly BenchSample[], detect: (frame: GreyFrame) => boolean): void {
  const fired = samples.map((s) => detect(s.frame));
  for (const family of FAMILIES) {
    console.log(`\n${family}: card-like (${WANT[family]})`);
    console.table(ratesBy(samples, fired, family));
  }
  const misses = samples.filter((s, i) => s.family === 'blown card' && !fired[i]);
  for (const s of misses.slice(0, 20)) console.log(`missed: ${s.tags.join(' ')}`);
  const synthetic = samples.filter((s) => s.family !== 'real photo' && s.frame.width === REDUCED_LONG_EDGE).map((s) => s.frame);
  console.log(`\n${msPerFrame(synthetic, detect).toFixed(2)} ms per ${REDUCED_LONG_EDGE}×427 frame (mean of ${synthetic.length} frames × 5)`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const samples = await loadBenchSamples((done, total) => {
    if (done % 50 === 0 || done === total) process.stderr.write(`rendered ${done}/${total} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  });
  printRates(samples, isCardLike);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
