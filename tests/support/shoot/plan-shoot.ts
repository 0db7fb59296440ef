import { lockedFolderOf, planCamera } from './plan-files.js';
import { planSegments, type Segment } from './plan-segments.js';
import { planTwinFiles } from './plan-twins.js';
import type { PlannedFile } from './planned-file.js';
import { createRng, type Rng } from './prng.js';
import { makeLook, makePose } from './scene.js';
import type { CameraSpec, ResolvedSpec, Trap } from './shoot-spec.js';
import type { ManifestSubject } from './manifest.js';
import { planTwinBodies } from './twin-cameras.js';

export interface ShootPlan {
  subjects: ManifestSubject[];
  /** The spec's cameras, then the twin bodies when that trap is on. */
  cameras: CameraSpec[];
  files: PlannedFile[];
  /** Folders to chmod 000. */
  lockedDirs: string[];
}

/** Everything about a shoot except its pixels: pure, so a cached shoot's manifest is rebuilt without rendering. */
export function planShoot(spec: ResolvedSpec): ShootPlan {
  const rng = createRng(spec.seed);
  const { subjects, segments, unknownCode } = planSegments(spec, rng.fork('subjects'));
  const twins = spec.traps.includes('twin-bodies') ? planTwinBodies(spec, rng.fork('twin-bodies')) : undefined;
  const frames = spec.cameras.flatMap((_camera, i) => planCamera(spec, i, segments.filter((s) => s.camera === i), rng.fork(`camera${i}`)));
  if (twins) frames.push(...planTwinFiles(spec, twins, segments, rng.fork('twin-frames')));
  const lockedDirs = segments.some((s) => s.locked) && spec.cameras[0] ? [lockedFolderOf(spec.cameras[0].folder)] : [];
  for (const file of frames) if (lockedDirs.some((dir) => file.path.startsWith(`${dir}/`))) file.trap = 'unreadable-dir';
  return {
    subjects: subjects.map((subject) => ({ ...subject, inNamesList: subject.code !== unknownCode })),
    cameras: [...spec.cameras, ...(twins?.cameras ?? [])],
    files: [...frames, ...planTrapFiles(spec, frames, segments, rng.fork('traps'))],
    lockedDirs,
  };
}

/** Files that are not camera frames: broken files, copies, companions, a phone picture. */
function planTrapFiles(spec: ResolvedSpec, frames: PlannedFile[], segments: Segment[], rng: Rng): PlannedFile[] {
  const has = (trap: Trap): boolean => spec.traps.includes(trap);
  const first = spec.cameras[0];
  const last = spec.cameras.at(-1);
  if (!first || !last) return [];
  const files: PlannedFile[] = [];
  const portrait = { type: 'portrait' as const, look: makeLook(rng), pose: makePose(rng) };
  const codesWith = (trap: Segment['photoTraps'][number]): string[] => segments.flatMap((s) => (s.photoTraps.includes(trap) ? s.subjects.map((x) => x.code) : []));

  const duplicateCodes = codesWith('duplicate');
  const original = frames.find((f) => f.expected.kind === 'photo' && f.expected.codes.some((c) => duplicateCodes.includes(c)));
  if (has('duplicate') && original) {
    files.push({ path: original.path.replace(/\.JPG$/, ' copy.JPG'), expected: { kind: 'duplicate', of: original.path }, trap: 'duplicate', content: { type: 'copy', of: original.path } });
  }
  const backedUp = has('backup-copy') ? backupOriginals(frames, codesWith('backup-copy')) : [];
  for (const copied of backedUp) files.push(backupCopyOf(copied));
  const companionOf = frames.find(
    (f) => f.camera === first.id && f.expected.kind === 'photo' && f.trap === undefined && f.path !== original?.path && !backedUp.includes(f),
  );
  if (has('raw-companion') && companionOf) {
    const raw = first.make.toUpperCase().startsWith('NIKON') ? '.NEF' : '.CR2';
    files.push({ path: companionOf.path.replace(/\.JPG$/, raw), expected: { kind: 'companion' }, trap: 'raw-companion', content: { type: 'raw-companion' } });
  }
  if (has('zero-byte')) {
    files.push({ path: `${last.folder}/${last.prefix}${nextCounterOf(frames, last.id)}.JPG`, expected: { kind: 'error' }, trap: 'zero-byte', content: { type: 'empty' } });
  }
  if (has('text-as-jpeg')) files.push({ path: `${first.folder}/readme.jpg`, expected: { kind: 'error' }, trap: 'text-as-jpeg', content: { type: 'text' } });
  if (has('pixel-bomb')) files.push({ path: 'extras/poster-print.jpg', expected: { kind: 'error' }, trap: 'pixel-bomb', content: { type: 'pixel-bomb', ...spec.pixelBomb } });
  if (has('heic')) files.push({ path: 'phone/IMG_4501.HEIC', expected: { kind: 'error' }, trap: 'heic', content: { type: 'heic', scene: portrait } });
  if (has('no-exif')) {
    // Alone in its folder, so whatever stream it falls back to holds no card: it cannot join a subject.
    files.push({ path: 'misc/portrait-export.jpg', expected: { kind: 'review', reason: 'no-capture-time' }, trap: 'no-exif', content: { type: 'jpeg', scene: portrait, exif: null, truncate: false } });
  }
  return files;
}

/** A card frame of the backup segment and the photo right after it, in shooting order. */
function backupOriginals(frames: PlannedFile[], codes: string[]): PlannedFile[] {
  const card = frames.findIndex((f) => f.card && f.expected.kind === 'card' && f.expected.codes.some((c) => codes.includes(c)));
  const photo = frames[card + 1];
  if (card < 0 || photo?.expected.kind !== 'photo') throw new Error('the backup-copy segment has no card followed by a photo');
  return [frames[card] as PlannedFile, photo];
}

/**
 * An earlier copy of the card to `backup/`, a folder without the camera's other frames that sorts before the
 * camera folders, so the walk meets the copy first. Copy tools keep the file's time; the content is identical.
 */
function backupCopyOf(original: PlannedFile): PlannedFile {
  const name = original.path.slice(original.path.lastIndexOf('/') + 1);
  const expected = { kind: 'duplicate' as const, of: original.path, stray: true as const };
  return { path: `backup/${name}`, expected, ...(original.card ? { card: true } : {}), trap: 'backup-copy', content: { type: 'copy', of: original.path }, ...withShotAt(original) };
}

function withShotAt(file: PlannedFile): { shotAtMs?: number } {
  return file.shotAtMs === undefined ? {} : { shotAtMs: file.shotAtMs };
}

function nextCounterOf(frames: PlannedFile[], camera: string): string {
  const lastFrame = frames.findLast((f) => f.camera === camera);
  const counter = Number(/(\d{4})\.JPG$/.exec(lastFrame?.path ?? '')?.[1] ?? '0');
  return String(counter >= 9999 ? 1 : counter + 1).padStart(4, '0');
}
