import path from 'node:path';
import type { ReviewReason, SortReport } from '../../../shared/domain.js';
import type { ManifestFile, ShootManifest } from './manifest.js';

export interface Score {
  /** `path @ CODE`: a file in a gallery's photos it must not be in (a card there counts too). */
  misassigned: string[];
  /** Card frames a customer would see. */
  visibleCards: string[];
  /** `path @ CODE`: a photo expected in a gallery but not there. */
  missing: string[];
  /** Found gallery memberships over expected ones. */
  recall: number;
  /** Every other mismatch, one readable line each. */
  problems: string[];
}

interface Placement {
  photosOf: Set<string>;
  cardsOf: Set<string>;
  unassigned: boolean;
  reviews: Set<ReviewReason>;
  error: boolean;
}

export interface ScoreOptions {
  /**
   * False for a sort without a names list (blank cards): every gallery is then a spare subject, matched to
   * the shoot's subjects by its code alone. Default true: the names list from `writeNamesCsv` was used.
   */
  namesList?: boolean;
}

/** Compares a sort report with the shoot's ground truth. */
export function scoreReport(manifest: ShootManifest, report: SortReport, options: ScoreOptions = {}): Score {
  const score: Score = { misassigned: [], visibleCards: [], missing: [], recall: 1, problems: [] };
  const placements = placeReport(manifest, report, score, options.namesList ?? true);
  // A copy may stand in for its original, unless it is a stray one (a backup): that one never counts.
  const copies = new Map(manifest.files.flatMap((f) => (f.expected.kind === 'duplicate' && !f.expected.stray ? [[f.expected.of, f.path] as const] : [])));
  const errorDirs = report.errors.map((e) => relativeTo(manifest.root, e.file));
  let expected = 0;
  let found = 0;

  for (const file of manifest.files) {
    const at = placements.get(file.path) ?? emptyPlacement();
    const allowed = allowedGalleries(file, manifest);
    for (const code of at.photosOf) if (!allowed.includes(code) || file.card) score.misassigned.push(`${file.path} @ ${code}`);
    if (file.card && at.photosOf.size > 0) score.visibleCards.push(file.path);
    const problem = (text: string): number => score.problems.push(`${file.path}${file.trap ? ` [${file.trap}]` : ''}: ${text}`);
    const want = file.expected;
    for (const code of want.kind === 'photo' ? want.codes : want.kind === 'review' ? (want.alsoIn ?? []) : []) {
      expected += 1;
      const copy = copies.get(file.path);
      const copyAt = copy === undefined ? undefined : placements.get(copy);
      if (at.photosOf.has(code) || copyAt?.photosOf.has(code)) found += 1;
      else score.missing.push(`${file.path} @ ${code}`);
      if (at.photosOf.has(code) && copyAt?.photosOf.has(code)) problem(`counted twice in ${code} (with its copy)`);
    }
    switch (want.kind) {
      case 'card':
        for (const code of want.codes) if (!at.cardsOf.has(code)) problem(`card not listed in ${code}.cards (${describe(at)})`);
        break;
      case 'photo': {
        // Walking in name order meets "IMG_0017 copy.JPG" before "IMG_0017.JPG": either may be the one called a duplicate.
        const reviews = [...at.reviews].filter((r) => r !== 'duplicate' || !copies.has(file.path));
        if (reviews.length > 0 || at.unassigned || at.error) problem(`expected only in galleries, also ${describe(at)}`);
        break;
      }
      case 'unassigned':
        if (!at.unassigned) problem(`expected unassigned, got ${describe(at)}`);
        break;
      case 'review':
        if (!at.reviews.has(want.reason)) problem(`expected review ${want.reason}, got ${describe(at)}`);
        break;
      case 'error':
        if (!at.error && !errorDirs.some((dir) => file.path.startsWith(`${dir}/`))) problem(`expected an error, got ${describe(at)}`);
        break;
      case 'companion':
        if (placements.has(file.path)) problem(`a RAW companion must not appear in the report, got ${describe(at)}`);
        break;
      case 'duplicate':
        if (want.stray) {
          if (!at.reviews.has('duplicate')) problem(`a stray copy of ${want.of} must be the one in review duplicate, got ${describe(at)}`);
          if (at.photosOf.size > 0 || at.cardsOf.size > 0) problem(`a stray copy must not stand in for ${want.of}, got ${describe(at)}`);
        } else if (!at.reviews.has('duplicate') && !placements.get(want.of)?.reviews.has('duplicate')) {
          problem(`neither it nor ${want.of} is in review duplicate`);
        }
        break;
    }
  }
  score.recall = expected === 0 ? 1 : found / expected;
  return score;
}

/** Galleries a file may sit in: a duplicate may stand in for its original. */
function allowedGalleries(file: ManifestFile, manifest: ShootManifest): string[] {
  const want = file.expected;
  if (want.kind === 'photo') return want.codes;
  if (want.kind === 'review') return want.alsoIn ?? [];
  if (want.kind !== 'duplicate') return [];
  const original = manifest.files.find((f) => f.path === want.of);
  return original ? allowedGalleries(original, manifest) : [];
}

function placeReport(manifest: ShootManifest, report: SortReport, score: Score, namesList: boolean): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  const known = new Set([...manifest.files.map((f) => f.path), ...manifest.lockedDirs.map((d) => d.path)]);
  const at = (file: string): Placement => {
    const rel = relativeTo(manifest.root, file);
    if (!known.has(rel)) score.problems.push(`${rel}: in the report but not in the shoot`);
    let placement = placements.get(rel);
    if (!placement) placements.set(rel, (placement = emptyPlacement()));
    return placement;
  };
  const subjects = new Map(manifest.subjects.map((s) => [s.code, s]));
  // Without a names list the truth of a code left out of it (unknown-code) would be a spare gallery instead.
  if (!namesList && manifest.subjects.some((s) => !s.inNamesList)) throw new Error('this shoot has a code outside the names list: score it with the names list');
  for (const gallery of report.galleries) {
    const subject = subjects.get(gallery.code);
    if (!namesList) {
      if (!subject) score.problems.push(`gallery ${gallery.code}: a spare subject for a code no card of the shoot holds`);
      else if (!gallery.subject.spare) score.problems.push(`gallery ${gallery.code}: without a names list it must be a spare subject`);
    } else if (!subject?.inNamesList) score.problems.push(`gallery ${gallery.code}: not a code of the names list`);
    else if (subject.firstName !== gallery.subject.firstName || subject.lastName !== gallery.subject.lastName) {
      score.problems.push(`gallery ${gallery.code}: named ${gallery.subject.firstName} ${gallery.subject.lastName}, expected ${subject.firstName} ${subject.lastName}`);
    }
    for (const photo of gallery.photos) at(photo).photosOf.add(gallery.code);
    for (const card of gallery.cards) at(card).cardsOf.add(gallery.code);
  }
  for (const file of report.unassigned) at(file).unassigned = true;
  for (const group of report.review) for (const file of group.photos) at(file).reviews.add(group.reason);
  for (const error of report.errors) at(error.file).error = true;
  return placements;
}

function describe(at: Placement): string {
  const parts = [
    ...[...at.photosOf].map((c) => `photo of ${c}`),
    ...[...at.cardsOf].map((c) => `card of ${c}`),
    ...(at.unassigned ? ['unassigned'] : []),
    ...[...at.reviews].map((r) => `review ${r}`),
    ...(at.error ? ['error'] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : 'nowhere';
}

function emptyPlacement(): Placement {
  return { photosOf: new Set(), cardsOf: new Set(), unassigned: false, reviews: new Set(), error: false };
}

/** Reports may hold absolute or Windows-style paths; the manifest holds '/'-separated relative ones. */
function relativeTo(root: string, file: string): string {
  const slashed = file.replaceAll('\\', '/');
  const rel = path.isAbsolute(file) ? path.relative(root, file).replaceAll('\\', '/') : slashed;
  return rel.replace(/^\.\//, '');
}
