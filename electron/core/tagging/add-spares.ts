import { CODE_LENGTH, generateCode } from '../codes/generate-code.js';
import { spareLastName } from '../codes/spare-name.js';
import { codeExists } from '../db/access-codes.js';
import type { Db } from '../db/open-db.js';
import { countSpareSubjects, insertSubject } from '../db/subjects.js';

/**
 * Creates `count` spare subjects (Spare One, Spare Two, ... after those the job has), each with a
 * fresh code unused by any job, retired ones included; returns their codes. A spare without photos
 * shows no gallery, so it is not a tagging change to undo.
 */
export function addSpares(db: Db, jobId: number, count: number, codeLength = CODE_LENGTH): { id: number; code: string }[] {
  return db.transaction(() => {
    const first = countSpareSubjects(db, jobId) + 1;
    return Array.from({ length: count }, (_, i) => {
      const code = generateCode((candidate) => codeExists(db, candidate), codeLength);
      const id = insertSubject(db, jobId, { firstName: 'Spare', lastName: spareLastName(first + i), group: '', email: null, spare: true, code });
      return { id, code };
    });
  })();
}
