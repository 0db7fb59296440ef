import { posix } from 'node:path';
import type { Db } from '../db/open-db.js';
import { listAnalysedPhotos, listUnreadablePhotos, photoFactsVersion } from '../db/photos.js';
import { cameraKeyOf } from '../sort/camera-key.js';
import type { SortPhoto, UnreadableFile } from '../sort/sort-types.js';
import { captureTimeMs } from './capture-time.js';
import { reportPath } from './report-path.js';

/** A photo as the split sees it before any decision by hand: no manual codes, its QR as scanned. */
export type PhotoFacts = Readonly<Omit<SortPhoto, 'hiddenByHand' | 'keptUnassigned'>>;

export interface SortFacts {
  photos: readonly PhotoFacts[];
  /** Each photo's index in `photos`, by id. */
  indexOf: ReadonlyMap<number, number>;
  unreadable: readonly UnreadableFile[];
}

interface Cached extends SortFacts {
  jobId: number;
  folder: string;
  version: number;
}

// The last job read on each connection: the workspace changes one job at a time, many times over.
const cache = new WeakMap<Db, Cached>();

/**
 * The job's analysed photos (in id order) and unreadable files as scanning left them, named relative
 * to `folder`. Read from the store only when the photo facts version says something changed since
 * the last read on this connection (migration 011), so a change by hand does not read 20,000 rows.
 * The caller's transaction makes the version and the rows one snapshot.
 */
export function sortFacts(db: Db, jobId: number, folder: string): SortFacts {
  const version = photoFactsVersion(db);
  const known = cache.get(db);
  if (known && known.version === version && known.jobId === jobId && known.folder === folder) return known;
  const photos = readPhotos(db, jobId, folder);
  const indexOf = new Map(photos.map((photo, index) => [photo.id, index]));
  const facts = { jobId, folder, version, photos, indexOf, unreadable: readUnreadable(db, jobId, folder) };
  cache.set(db, facts);
  return facts;
}

function parseCodes(json: string): string[] {
  // Most frames hold no code: 20,000 parses of "[]" add up.
  if (json === '[]') return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** One size per code; unknown (null) for photos analysed before sizes were kept. */
function parseSizes(json: string | null, count: number): (number | null)[] {
  if (count === 0) return [];
  const value: unknown = json === null ? null : JSON.parse(json);
  const sizes: unknown[] = Array.isArray(value) ? value : [];
  return Array.from({ length: count }, (_, i) => {
    const size = sizes[i];
    return typeof size === 'number' ? size : null;
  });
}

/**
 * Paths are relative to the folder being sorted, as in the report (a job's other folders get `../`),
 * so review messages name files the way the photographer sees them and two folders never collide.
 */
function readPhotos(db: Db, jobId: number, folder: string): PhotoFacts[] {
  // Copies point at the first one registered; the split chooses which copy counts (choose-copies.ts).
  const firstWithHash = new Map<string, number>();
  // A job has a few cameras and folders: each one's key is worked out once, not per photo.
  const cameraKeys = new Map<string, string>();
  return listAnalysedPhotos(db, jobId).map((row): PhotoFacts => {
    const codes = parseCodes(row.qrCodes);
    const original = firstWithHash.get(row.sha256);
    if (original === undefined) firstWithHash.set(row.sha256, row.id);
    const path = reportPath(folder, row.root, row.relPath);
    const folderOfPath = posix.dirname(path);
    const identity = `${row.serial}\0${row.make}\0${row.model}\0${folderOfPath}`;
    let cameraKey = cameraKeys.get(identity);
    if (cameraKey === undefined) {
      cameraKey = cameraKeyOf({ serial: row.serial, make: row.make, model: row.model, folder: folderOfPath });
      cameraKeys.set(identity, cameraKey);
    }
    return {
      id: row.id,
      path,
      cameraKey,
      capturedAt: captureTimeMs(row.capturedAt, row.subsec),
      qr: { codes, sizes: parseSizes(row.qrSizes, codes.length), undecodable: row.qrUndecodable === 1, cardLike: row.qrCardLike === 1 },
      duplicateOf: original ?? null,
      manualCodes: [],
    };
  });
}

function readUnreadable(db: Db, jobId: number, folder: string): UnreadableFile[] {
  return listUnreadablePhotos(db, jobId).map((row) => ({ id: row.id, path: reportPath(folder, row.root, row.relPath), message: row.message }));
}
