import type { FileError, Gallery, ReviewGroup, ReviewReason, SortReport } from '../../../shared/domain.js';
import type { Db } from '../db/open-db.js';
import { listFailedFiles, PHOTO_ORDER } from '../db/photos.js';
import { listSubjects } from '../db/subjects.js';
import { groupBy } from '../sort/group-by.js';
import { reportPath } from './report-path.js';

interface LinkedPhotoRow {
  subjectId: number;
  root: string;
  relPath: string;
  kind: 'photo' | 'card';
  hidden: number;
}

/** The report is derived from the store alone, so a resumed run reports exactly what an uninterrupted one would. */
export function buildReport(
  db: Db,
  job: { id: number; name: string },
  folder: string,
  extraErrors: readonly FileError[],
  seconds: number,
): SortReport {
  const linked = db
    .prepare(
      `SELECT ps.subject_id AS subjectId, p.root, p.rel_path AS relPath, p.kind, p.hidden
       FROM photo_subjects ps JOIN photos p ON p.id = ps.photo_id
       WHERE p.job_id = ? AND p.error IS NULL ORDER BY ${PHOTO_ORDER}`,
    )
    .all(job.id) as LinkedPhotoRow[];
  const bySubject = groupBy(linked, (row) => row.subjectId);

  const indexOf = new Map(
    (
      db
        .prepare(
          `SELECT s.id AS subjectId, p.root, p.rel_path AS relPath FROM subjects s JOIN photos p ON p.id = s.index_photo_id
           WHERE s.job_id = ?`,
        )
        .all(job.id) as { subjectId: number; root: string; relPath: string }[]
    ).map((row) => [row.subjectId, reportPath(folder, row.root, row.relPath)]),
  );
  const galleries: Gallery[] = [];
  for (const subject of listSubjects(db, job.id)) {
    const rows = bySubject.get(subject.id);
    if (!rows) continue;
    galleries.push({
      code: subject.code,
      subject: { firstName: subject.firstName, lastName: subject.lastName, group: subject.group, spare: subject.spare },
      cards: rows.filter((r) => r.kind === 'card').map((r) => reportPath(folder, r.root, r.relPath)),
      index: indexOf.get(subject.id) ?? null,
      photos: rows.filter((r) => r.kind === 'photo' && r.hidden === 0).map((r) => reportPath(folder, r.root, r.relPath)),
    });
  }

  // A photo hidden or kept unassigned by hand is decided: it waits in neither review nor unassigned.
  const reviewRows = db
    .prepare(
      `SELECT r.id, r.reason, r.message, p.root, p.rel_path AS relPath
       FROM review_items r JOIN review_item_photos rp ON rp.review_id = r.id JOIN photos p ON p.id = rp.photo_id
       WHERE r.job_id = ? AND r.resolved_at IS NULL AND p.hidden_by_hand IS NOT 1 AND p.kept_unassigned = 0 ORDER BY r.id, rp.position`,
    )
    .all(job.id) as { id: number; reason: ReviewReason; message: string; root: string; relPath: string }[];
  const review = new Map<number, ReviewGroup>();
  for (const row of reviewRows) {
    const group = review.get(row.id) ?? { reason: row.reason, photos: [], message: row.message };
    group.photos.push(reportPath(folder, row.root, row.relPath));
    review.set(row.id, group);
  }

  const unassigned = (
    db
      .prepare(
        `SELECT p.root, p.rel_path AS relPath FROM photos p
         WHERE p.job_id = ? AND p.error IS NULL AND p.qr_at IS NOT NULL AND p.kind = 'photo' AND p.hidden_by_hand IS NOT 1 AND p.kept_unassigned = 0
           AND NOT EXISTS (SELECT 1 FROM photo_subjects ps WHERE ps.photo_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM review_item_photos rp JOIN review_items r ON r.id = rp.review_id
                           WHERE rp.photo_id = p.id AND r.resolved_at IS NULL)
         ORDER BY ${PHOTO_ORDER}`,
      )
      .all(job.id) as { root: string; relPath: string }[]
  ).map((r) => reportPath(folder, r.root, r.relPath));

  const errors: FileError[] = [
    ...listFailedFiles(db, job.id).map((f) => ({ file: reportPath(folder, f.root, f.relPath), message: f.message })),
    ...extraErrors,
  ];

  const counts = db
    .prepare(
      `SELECT
         (SELECT count(*) FROM photos WHERE job_id = ?) + (SELECT count(*) FROM scan_errors WHERE job_id = ?) AS files,
         (SELECT count(*) FROM photos WHERE job_id = ? AND error IS NULL AND kind = 'photo') AS photos,
         (SELECT count(*) FROM photos WHERE job_id = ? AND error IS NULL AND kind = 'card') AS cards`,
    )
    .get(job.id, job.id, job.id, job.id) as { files: number; photos: number; cards: number };

  return {
    job: { name: job.name },
    galleries,
    unassigned,
    review: [...review.values()],
    errors,
    stats: { ...counts, seconds: Math.round(seconds * 100) / 100 },
  };
}
