import type { MethodOutput } from '../../../shared/api/contract.js';
import type { Db } from '../db/open-db.js';
import { reportPath } from '../jobs/report-path.js';

export type LeftOut = MethodOutput<'export.yearbook'>['leftOut'][number];
export type LeftOutReason = LeftOut['reason'];

export interface PupilRow {
  code: string;
  firstName: string;
  lastName: string;
  group: string;
  grade: string;
  /** The index photo, when the subject has one. */
  photo: { root: string; relPath: string; kind: 'photo' | 'card'; hidden: boolean; error: string | null; subjects: number } | null;
}

/**
 * The job's pupils (named subjects: a walk-up card nobody named is no pupil of the school's) with
 * their index photo, the gallery's cover, as the galleries pick it (subjects.index_photo_id).
 */
export function listPupilPortraits(db: Db, jobId: number): PupilRow[] {
  const rows = db
    .prepare(
      `SELECT c.code, s.first_name AS firstName, s.last_name AS lastName, s.group_name AS "group", s.grade,
              p.id AS photoId, p.root, p.rel_path AS relPath, p.kind, p.hidden, p.error,
              (SELECT count(*) FROM photo_subjects ps WHERE ps.photo_id = p.id) AS subjects
       FROM subjects s JOIN access_codes c ON c.subject_id = s.id LEFT JOIN photos p ON p.id = s.index_photo_id
       WHERE s.job_id = ? AND s.spare = 0 ORDER BY s.id`,
    )
    .all(jobId) as (Omit<PupilRow, 'photo'> & { photoId: number | null; root: string; relPath: string; kind: 'photo' | 'card'; hidden: number; error: string | null; subjects: number })[];
  return rows.map(({ photoId, root, relPath, kind, hidden, error, subjects, ...pupil }) => ({
    ...pupil,
    photo: photoId === null ? null : { root, relPath, kind, hidden: hidden === 1, error, subjects },
  }));
}

export type IndexPhoto = NonNullable<PupilRow['photo']>;
export type PortraitProblem = { reason: LeftOutReason; message: string };

/**
 * The pupil's index photo when it may go to the yearbook as the database knows it (whether its
 * original still reads is for the crop to find out), else why not. A frame in the galleries of
 * several (siblings behind one card) is no portrait of one.
 */
export function deliverablePhoto(pupil: PupilRow, folder: string): { photo: IndexPhoto } | { problem: PortraitProblem } {
  const { photo } = pupil;
  if (!photo) return { problem: { reason: 'no-photo', message: 'no index photo: not photographed, or no card was shot before the photos' } };
  const name = reportPath(folder, photo.root, photo.relPath);
  if (photo.error !== null) return { problem: { reason: 'unreadable', message: `index photo ${name} could not be read: ${photo.error}` } };
  if (photo.kind === 'card' || photo.hidden) return { problem: { reason: 'hidden', message: `index photo ${name} is hidden from the gallery` } };
  if (photo.subjects > 1) return { problem: { reason: 'shared', message: `index photo ${name} is in ${photo.subjects} galleries: a frame of siblings, not a portrait of one` } };
  return { photo };
}
