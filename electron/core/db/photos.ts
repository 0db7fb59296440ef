import type { Db } from './open-db.js';
import { nowIso } from './open-db.js';

/**
 * Shooting order for lists of photos aliased `p`: capture time (with sub-seconds), then path. The
 * report and the photo list share it, so the page shows photos in the order the report names them.
 */
export const PHOTO_ORDER = `coalesce(p.captured_at, '') || '.' || coalesce(p.subsec, ''), p.root, p.rel_path`;

export interface FoundFile {
  relPath: string;
  size: number;
  companions: string[];
}

/** Adds files not yet known to the job (a re-import adds only new files). Returns how many were new. */
export function registerFiles(db: Db, jobId: number, albumId: number, root: string, files: readonly FoundFile[]): number {
  const insert = db.prepare(
    `INSERT INTO photos (job_id, album_id, root, rel_path, size, companions, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job_id, root, rel_path) DO NOTHING`,
  );
  const now = nowIso();
  return db.transaction(() => {
    let added = 0;
    for (const file of files) {
      added += insert.run(jobId, albumId, root, file.relPath, file.size, JSON.stringify(file.companions), now).changes;
    }
    return added;
  })();
}

export interface PendingPhoto {
  id: number;
  root: string;
  relPath: string;
}

/**
 * Photos whose analysis has not finished (a killed scan resumes from exactly these), and photos
 * that failed before, so a file the photographer repaired or made readable is picked up again.
 */
export function listPendingPhotos(db: Db, jobId: number): PendingPhoto[] {
  return db
    .prepare(
      `SELECT id, root, rel_path AS relPath FROM photos
       WHERE job_id = ? AND qr_at IS NULL ORDER BY id`,
    )
    .all(jobId) as PendingPhoto[];
}

export interface AnalysisRecord {
  id: number;
  sha256: string;
  make: string | null;
  model: string | null;
  serial: string | null;
  capturedAt: string | null;
  subsec: string | null;
  orientation: number | null;
  width: number;
  height: number;
  qrCodes: string[];
  qrSizes: (number | null)[];
  qrUndecodable: boolean;
  qrCardLike: boolean;
}

export type AnalysisOutcome = { ok: true; record: AnalysisRecord } | { ok: false; id: number; message: string };

/** Writes a batch of worker results in one transaction, stamping every stage the worker finished. */
export function recordAnalyses(db: Db, outcomes: readonly AnalysisOutcome[]): void {
  const done = db.prepare(
    `UPDATE photos SET sha256 = ?, make = ?, model = ?, serial = ?, captured_at = ?, subsec = ?, orientation = ?,
       width = ?, height = ?, qr_codes = ?, qr_sizes = ?, qr_undecodable = ?, qr_card_like = ?,
       hashed_at = ?, exif_at = ?, thumb_at = ?, qr_at = ?, error = NULL
     WHERE id = ?`,
  );
  const failed = db.prepare('UPDATE photos SET error = ? WHERE id = ?');
  db.transaction(() => {
    const now = nowIso();
    for (const outcome of outcomes) {
      if (!outcome.ok) {
        failed.run(outcome.message, outcome.id);
        continue;
      }
      const r = outcome.record;
      done.run(
        r.sha256, r.make, r.model, r.serial, r.capturedAt, r.subsec, r.orientation, r.width, r.height,
        JSON.stringify(r.qrCodes), JSON.stringify(r.qrSizes), r.qrUndecodable ? 1 : 0, r.qrCardLike ? 1 : 0, now, now, now, now, r.id,
      );
    }
  })();
}

export interface AnalysedPhotoRow {
  id: number;
  root: string;
  relPath: string;
  sha256: string;
  make: string | null;
  model: string | null;
  serial: string | null;
  capturedAt: string | null;
  subsec: string | null;
  qrCodes: string;
  /** JSON, or null for photos analysed before sizes were kept. */
  qrSizes: string | null;
  qrUndecodable: number;
  qrCardLike: number;
}

type AnalysedPhotoCells = [number, string, string, string, string | null, string | null, string | null, string | null, string | null, string, string | null, number, number];

/**
 * Every analysed photo of the job with what its file, EXIF and QR pass said (no decision by hand):
 * rows come as arrays and become objects here, which for 20,000 photos takes a third of the time of
 * better-sqlite3's own objects.
 */
export function listAnalysedPhotos(db: Db, jobId: number): AnalysedPhotoRow[] {
  const rows = db
    .prepare(
      `SELECT id, root, rel_path, sha256, make, model, serial, captured_at, subsec, qr_codes, qr_sizes, qr_undecodable, qr_card_like
       FROM photos WHERE job_id = ? AND qr_at IS NOT NULL AND error IS NULL ORDER BY id`,
    )
    .raw()
    .all(jobId) as AnalysedPhotoCells[];
  return rows.map(([id, root, relPath, sha256, make, model, serial, capturedAt, subsec, qrCodes, qrSizes, qrUndecodable, qrCardLike]) => ({
    id,
    root,
    relPath,
    sha256,
    make,
    model,
    serial,
    capturedAt,
    subsec,
    qrCodes,
    qrSizes,
    qrUndecodable,
    qrCardLike,
  }));
}

/** The job's photos hidden or shown by hand, or kept unassigned: few, so only they are returned. */
export function listHandDecidedPhotos(db: Db, jobId: number): { id: number; hiddenByHand: 0 | 1 | null; keptUnassigned: 0 | 1 }[] {
  return db
    .prepare(
      `SELECT id, hidden_by_hand AS hiddenByHand, kept_unassigned AS keptUnassigned FROM photos
       WHERE job_id = ? AND (hidden_by_hand IS NOT NULL OR kept_unassigned = 1) AND qr_at IS NOT NULL AND error IS NULL`,
    )
    .all(jobId) as { id: number; hiddenByHand: 0 | 1 | null; keptUnassigned: 0 | 1 }[];
}

/**
 * Raised (by triggers, migration 011) whenever a photo's file, EXIF or QR findings change, or a photo
 * is added or removed, in any job: what the split reads besides decisions is unchanged while it is.
 */
export function photoFactsVersion(db: Db): number {
  return db.prepare('SELECT version FROM photo_facts_version WHERE id = 1').pluck().get() as number;
}

/** Photos whose file could not be read: each may have been a card frame (see SplitOptions.unreadable). */
export function listUnreadablePhotos(db: Db, jobId: number): { id: number; root: string; relPath: string; message: string }[] {
  return db
    .prepare('SELECT id, root, rel_path AS relPath, error AS message FROM photos WHERE job_id = ? AND error IS NOT NULL ORDER BY id')
    .all(jobId) as { id: number; root: string; relPath: string; message: string }[];
}

export interface FailedFileRow {
  root: string;
  relPath: string;
  message: string;
}

/** Files that could not be read: bad photos and unreadable folders. */
export function listFailedFiles(db: Db, jobId: number): FailedFileRow[] {
  return db
    .prepare(
      `SELECT root, rel_path AS relPath, error AS message FROM photos WHERE job_id = ? AND error IS NOT NULL
       UNION ALL
       SELECT root, rel_path AS relPath, message FROM scan_errors WHERE job_id = ?
       ORDER BY root, relPath`,
    )
    .all(jobId, jobId) as FailedFileRow[];
}

/** The walk of a root is the truth about its unreadable entries: earlier errors there are replaced. */
export function replaceScanErrors(db: Db, jobId: number, root: string, errors: readonly { relPath: string; message: string }[]): void {
  const insert = db.prepare('INSERT INTO scan_errors (job_id, root, rel_path, message) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    db.prepare('DELETE FROM scan_errors WHERE job_id = ? AND root = ?').run(jobId, root);
    for (const error of errors) insert.run(jobId, root, error.relPath, error.message);
  })();
}
