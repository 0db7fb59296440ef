import type { JobBody, PhotoBody, SubjectBody } from '../../api-schemas.js';
import type { Write } from '../repository.js';

/** One database's steps for each kind of write: `T` is its transaction handle, `R` an outcome or its promise. */
export interface WriteSteps<T, R> {
  putJob(tx: T, accountId: number, jobId: string, job: JobBody): R;
  deleteJob(tx: T, accountId: number, jobId: string): R;
  putSubject(tx: T, accountId: number, jobId: string, subjectId: string, subject: SubjectBody): R;
  putPhoto(tx: T, accountId: number, jobId: string, photoId: string, photo: PhotoBody): R;
  setActivation(tx: T, accountId: number, jobId: string, code: string, activated: boolean): R;
}

/** What a write means, the same in every database: which step it takes. */
export function performWrite<T, R>(steps: WriteSteps<T, R>, tx: T, accountId: number, write: Write): R {
  switch (write.kind) {
    case 'put-job':
      return steps.putJob(tx, accountId, write.jobId, write.job);
    case 'delete-job':
      return steps.deleteJob(tx, accountId, write.jobId);
    case 'put-subject':
      return steps.putSubject(tx, accountId, write.jobId, write.subjectId, write.subject);
    case 'put-photo':
      return steps.putPhoto(tx, accountId, write.jobId, write.photoId, write.photo);
    case 'set-activation':
      return steps.setActivation(tx, accountId, write.jobId, write.code, write.activated);
  }
}
