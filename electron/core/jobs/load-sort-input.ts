import { posix } from 'node:path';
import type { Db } from '../db/open-db.js';
import { listAnalysedPhotos, listUnreadablePhotos } from '../db/photos.js';
import { cameraKeyOf } from '../sort/camera-key.js';
import type { QrDetection } from '../qr/qr-types.js';
import type { SortPhoto, UnreadableFile } from '../sort/sort-types.js';
import { groupBy } from '../sort/group-by.js';
import { captureTimeMs } from './capture-time.js';
import { reportPath } from './report-path.js';

function parseCodes(json: string): string[] {
  // Most frames hold no code: 20,000 parses of "[]" on every change by hand add up.
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
 * A card the photographer read for the decoder: the frame is that code's card held up (size unknown,
 * so never taken for one in the background), whatever the decoders made of it.
 */
function cardQr(code: string | undefined): QrDetection | null {
  return code === undefined ? null : { codes: [code], sizes: [null], undecodable: false, cardLike: true };
}

export interface SortInput {
  photos: SortPhoto[];
  unreadable: UnreadableFile[];
}

/**
 * The job's analysed photos as the split sees them. Paths are relative to the folder being sorted,
 * as in the report (a job's other folders get `../`), so review messages name files the way the
 * photographer sees them and two folders never collide.
 */
export function loadSortInput(db: Db, jobId: number, folder: string): SortInput {
  const rows = listAnalysedPhotos(db, jobId);
  const manualRows = db
    .prepare(
      `SELECT ps.photo_id AS photoId, c.code FROM photo_subjects ps
       JOIN photos p ON p.id = ps.photo_id JOIN access_codes c ON c.subject_id = ps.subject_id
       WHERE p.job_id = ? AND ps.source IN ('manual', 'bulk') ORDER BY c.code`,
    )
    .all(jobId) as { photoId: number; code: string }[];
  const manual = groupBy(manualRows, (row) => row.photoId);
  const cardByHand = new Map(
    (
      db
        .prepare(
          `SELECT p.id AS photoId, c.code FROM photos p JOIN access_codes c ON c.subject_id = p.card_subject_by_hand
           WHERE p.job_id = ? AND p.card_subject_by_hand IS NOT NULL`,
        )
        .all(jobId) as { photoId: number; code: string }[]
    ).map((row) => [row.photoId, row.code]),
  );

  // Copies point at the first one registered; the split chooses which copy counts (choose-copies.ts).
  const firstWithHash = new Map<string, number>();
  // A job has a few cameras and folders: each one's key is worked out once, not per photo.
  const cameraKeys = new Map<string, string>();
  const photos = rows.map((row): SortPhoto => {
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
    const photo: SortPhoto = {
      id: row.id,
      path,
      cameraKey,
      capturedAt: captureTimeMs(row.capturedAt, row.subsec),
      qr: cardQr(cardByHand.get(row.id)) ?? { codes, sizes: parseSizes(row.qrSizes, codes.length), undecodable: row.qrUndecodable === 1, cardLike: row.qrCardLike === 1 },
      duplicateOf: original ?? null,
      manualCodes: manual.get(row.id)?.map((link) => link.code) ?? [],
    };
    if (row.hiddenByHand === 1) photo.hiddenByHand = true;
    if (row.keptUnassigned === 1) photo.keptUnassigned = true;
    return photo;
  });
  const unreadable = listUnreadablePhotos(db, jobId).map((row) => ({ id: row.id, path: reportPath(folder, row.root, row.relPath), message: row.message }));
  return { photos, unreadable };
}
