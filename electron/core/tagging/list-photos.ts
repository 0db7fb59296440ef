import type { MethodOutput } from '../../../shared/api/contract.js';
import type { Db } from '../db/open-db.js';
import { PHOTO_ORDER } from '../db/photos.js';
import { captureTimeIso } from '../jobs/capture-time.js';
import { reportPath } from '../jobs/report-path.js';
import { cameraName } from '../sort/camera-key.js';

interface PhotoRow {
  root: string;
  relPath: string;
  sha256: string | null;
  make: string | null;
  model: string | null;
  capturedAt: string | null;
  kind: 'photo' | 'card';
  hiddenByHand: number | null;
  kept: number;
}

/**
 * Every readable photo and card frame of the job in shooting order, named as the report names them
 * (relative to `folder`). A copy of another photo is a row of its own and is listed too: the report
 * holds it for review as a duplicate. A file not yet analysed is listed without hash or EXIF.
 */
export function listJobPhotos(db: Db, jobId: number, folder: string): MethodOutput<'photos.list'> {
  const rows = db
    .prepare(
      `SELECT p.root, p.rel_path AS relPath, p.sha256, p.make, p.model, p.captured_at AS capturedAt, p.kind,
              p.hidden_by_hand AS hiddenByHand, p.kept_unassigned AS kept
       FROM photos p WHERE p.job_id = ? AND p.error IS NULL ORDER BY ${PHOTO_ORDER}`,
    )
    .all(jobId) as PhotoRow[];
  return rows.map((row) => ({
    name: reportPath(folder, row.root, row.relPath),
    sha256: row.sha256,
    camera: cameraName(row.make, row.model),
    takenAt: captureTimeIso(row.capturedAt),
    kind: row.kind,
    hiddenByHand: row.hiddenByHand === 1,
    keptUnassigned: row.kept === 1,
  }));
}
