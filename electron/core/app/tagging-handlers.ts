import type { ApiHandlers } from '../../../shared/api/contract.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { setSubjectNames, updateSubject } from '../db/subjects.js';
import { buildReport } from '../jobs/build-report.js';
import { prepareOrder } from '../jobs/facts-order.js';
import { addSpares } from '../tagging/add-spares.js';
import { jobFolder } from '../tagging/job-folder.js';
import { listJobPhotos } from '../tagging/list-photos.js';
import { missingOriginals } from '../tagging/missing-originals.js';
import { shootingStreams } from '../tagging/shooting-streams.js';
import { listSubjectDetails, listSubjectsWithCounts } from '../tagging/list-subjects.js';
import { subjectOfCode } from '../tagging/target-subject.js';
import { listHistory } from '../tagging/tag-history.js';
import { assignPhotos, bulkTag, keepUnassigned, markCard, mergeSubjects, setPhotosHidden, stepHistory } from '../tagging/tag-photos.js';

type TaggingMethods =
  | 'galleries.get'
  | 'galleries.prepare'
  | 'subjects.list'
  | 'subjects.details'
  | 'subjects.rename'
  | 'subjects.update'
  | 'subjects.merge'
  | 'photos.list'
  | 'photos.missing'
  | 'photos.streams'
  | 'photos.assign'
  | 'photos.bulkTag'
  | 'photos.markCard'
  | 'photos.keepUnassigned'
  | 'photos.setHidden'
  | 'spares.add'
  | 'history.step'
  | 'history.list';

/**
 * The photographer's changes by hand, and the job as they leave it. A sort may run meanwhile: each
 * change and each split is one write transaction (tag-photos.ts, split-job.ts).
 */
export function taggingHandlers(db: Db, requireJob: (name: string) => JobRow): Pick<ApiHandlers, TaggingMethods> {
  const folderOf = (job: JobRow): string => jobFolder(db, job.id) ?? '.';
  const withJob = <T>(name: string, work: (job: JobRow) => T): T => work(requireJob(name));
  return {
    'galleries.get': ({ job }) => Promise.resolve(withJob(job, (row) => buildReport(db, row, folderOf(row), [], 0))),
    'galleries.prepare': ({ job }) =>
      Promise.resolve(
        withJob(job, (row) => {
          prepareOrder(db, row.id, folderOf(row));
          return {};
        }),
      ),
    'subjects.list': ({ job }) => Promise.resolve(withJob(job, (row) => listSubjectsWithCounts(db, row.id))),
    'subjects.details': ({ job }) => Promise.resolve(withJob(job, (row) => listSubjectDetails(db, row.id))),
    'subjects.rename': ({ job, code, firstName, lastName, group }) =>
      Promise.resolve(
        withJob(job, (row) => {
          const subject = subjectOfCode(db, row, code);
          setSubjectNames(db, subject.id, { firstName, lastName, group, email: null });
          return { code: subject.code };
        }),
      ),
    'subjects.update': ({ job, code, ...edit }) =>
      Promise.resolve(
        withJob(job, (row) => {
          const subject = subjectOfCode(db, row, code);
          updateSubject(db, subject.id, edit);
          return { code: subject.code };
        }),
      ),
    'subjects.merge': ({ job, from, into }) => Promise.resolve(withJob(job, (row) => mergeSubjects(db, row, folderOf(row), from, into))),
    'photos.list': ({ job }) => Promise.resolve(withJob(job, (row) => listJobPhotos(db, row.id, folderOf(row)))),
    'photos.missing': ({ job }) => withJob(job, (row) => missingOriginals(db, row.id, folderOf(row))),
    'photos.streams': ({ job }) => Promise.resolve(withJob(job, (row) => shootingStreams(db, row.id, folderOf(row)))),
    'photos.assign': ({ job, photos, target }) => Promise.resolve(withJob(job, (row) => assignPhotos(db, row, folderOf(row), photos, target))),
    'photos.bulkTag': ({ job, marks }) => Promise.resolve(withJob(job, (row) => bulkTag(db, row, folderOf(row), marks))),
    'photos.markCard': ({ job, photo, code }) => Promise.resolve(withJob(job, (row) => markCard(db, row, folderOf(row), photo, code))),
    'photos.keepUnassigned': ({ job, photos, keep }) => Promise.resolve(withJob(job, (row) => keepUnassigned(db, row, folderOf(row), photos, keep))),
    'photos.setHidden': ({ job, photos, hidden }) => Promise.resolve(withJob(job, (row) => setPhotosHidden(db, row, folderOf(row), photos, hidden))),
    'spares.add': ({ job, count }) => Promise.resolve(withJob(job, (row) => ({ codes: addSpares(db, row.id, count).map((spare) => spare.code) }))),
    'history.list': ({ job }) => Promise.resolve(withJob(job, (row) => listHistory(db, row.id))),
    'history.step': ({ job, direction }) => Promise.resolve(withJob(job, (row) => ({ change: stepHistory(db, row, folderOf(row), direction === 'redo') }))),
  };
}
