import { lockedFolderOf, planCamera } from './plan-files.js';
import { planSegments } from './plan-segments.js';
import type { PlannedFile } from './planned-file.js';
import { createRng, type Rng } from './prng.js';
import { makeLook, makePose } from './scene.js';
import type { ResolvedSpec, Trap } from './shoot-spec.js';
import type { ManifestSubject } from './manifest.js';

export interface ShootPlan {
  subjects: ManifestSubject[];
  files: PlannedFile[];
  /** Folders to chmod 000. */
  lockedDirs: string[];
}

/** Everything about a shoot except its pixels: pure, so a cached shoot's manifest is rebuilt without rendering. */
export function planShoot(spec: ResolvedSpec): ShootPlan {
  const rng = createRng(spec.seed);
  const { subjects, segments, unknownCode } = planSegments(spec, rng.fork('subjects'));
  const files = spec.cameras.flatMap((_camera, i) => planCamera(spec, i, segments.filter((s) => s.camera === i), rng.fork(`camera${i}`)));
  const lockedDirs = segments.some((s) => s.locked) && spec.cameras[0] ? [lockedFolderOf(spec.cameras[0].folder)] : [];
  for (const file of files) if (lockedDirs.some((dir) => file.path.startsWith(`${dir}/`))) file.trap = 'unreadable-dir';
  const trapFiles = planTrapFiles(spec, files, segments.flatMap((s) => (s.photoTraps.includes('duplicate') ? s.subjects.map((x) => x.code) : [])), rng.fork('traps'));
  return {
    subjects: subjects.map((subject) => ({ ...subject, inNamesList: subject.code !== unknownCode })),
    files: [...files, ...trapFiles],
    lockedDirs,
  };
}

/** Files that are not camera frames: broken files, copies, companions, a phone picture. */
function planTrapFiles(spec: ResolvedSpec, frames: PlannedFile[], duplicateCodes: string[], rng: Rng): PlannedFile[] {
  const has = (trap: Trap): boolean => spec.traps.includes(trap);
  const first = spec.cameras[0];
  const last = spec.cameras.at(-1);
  if (!first || !last) return [];
  const files: PlannedFile[] = [];
  const portrait = { type: 'portrait' as const, look: makeLook(rng), pose: makePose(rng) };

  const original = frames.find((f) => f.expected.kind === 'photo' && f.expected.codes.some((c) => duplicateCodes.includes(c)));
  if (has('duplicate') && original) {
    files.push({ path: original.path.replace(/\.JPG$/, ' copy.JPG'), expected: { kind: 'duplicate', of: original.path }, trap: 'duplicate', content: { type: 'copy', of: original.path } });
  }
  const companionOf = frames.find((f) => f.camera === first.id && f.expected.kind === 'photo' && f.trap === undefined && f.path !== original?.path);
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

function nextCounterOf(frames: PlannedFile[], camera: string): string {
  const lastFrame = frames.findLast((f) => f.camera === camera);
  const counter = Number(/(\d{4})\.JPG$/.exec(lastFrame?.path ?? '')?.[1] ?? '0');
  return String(counter >= 9999 ? 1 : counter + 1).padStart(4, '0');
}
