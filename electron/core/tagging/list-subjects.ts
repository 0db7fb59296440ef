import type { MethodOutput } from '../../../shared/api/contract.js';
import type { Db } from '../db/open-db.js';
import { listSubjects, type SubjectWithCode } from '../db/subjects.js';

type SubjectListed = MethodOutput<'subjects.list'>[number];

/**
 * Every subject of the job with the number of photos its customer sees: the same rule as the
 * report's gallery photos (build-report.ts), so the list and the galleries never disagree.
 */
function withCounts(db: Db, jobId: number): { subject: SubjectWithCode; listed: SubjectListed }[] {
  const counts = new Map(
    (
      db
        .prepare(
          `SELECT ps.subject_id AS subjectId, count(*) AS photos
           FROM photo_subjects ps JOIN photos p ON p.id = ps.photo_id
           WHERE p.job_id = ? AND p.kind = 'photo' AND p.hidden = 0 AND p.error IS NULL
           GROUP BY ps.subject_id`,
        )
        .all(jobId) as { subjectId: number; photos: number }[]
    ).map((row) => [row.subjectId, row.photos]),
  );
  return listSubjects(db, jobId).map((subject) => ({
    subject,
    listed: {
      code: subject.code,
      firstName: subject.firstName,
      lastName: subject.lastName,
      group: subject.group,
      spare: subject.spare,
      photos: counts.get(subject.id) ?? 0,
      activated: subject.activatedAt !== null,
    },
  }));
}

export function listSubjectsWithCounts(db: Db, jobId: number): MethodOutput<'subjects.list'> {
  return withCounts(db, jobId).map(({ listed }) => listed);
}

/** The same subjects with what the names list said of each besides: the names table's rows. */
export function listSubjectDetails(db: Db, jobId: number): MethodOutput<'subjects.details'> {
  return withCounts(db, jobId).map(({ subject, listed }) => ({ ...listed, grade: subject.grade, email: subject.email, phone: subject.phone, externalId: subject.externalId }));
}
