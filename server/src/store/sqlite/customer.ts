import type { CodeAsFound } from '../../../../shared/customer-view.js';
import type { CustomerPhoto } from '../repository.js';
import type { Db } from './open.js';

interface CodeRow {
  retired_at: string | null;
  activated: 0 | 1;
  subject_id: number | null;
  status: 'planning' | 'selling' | 'archived';
}

/**
 * A code as a customer finds it, and the photos a gallery of it holds: visible ones (not hidden, not a
 * card) linked to its subject whose bytes arrived. Only those count, so a gallery never opens empty.
 */
export function codeForCustomer(db: Db, code: string): { found: CodeAsFound; photos: CustomerPhoto[] } {
  const row = db
    .prepare('SELECT codes.retired_at, codes.activated, codes.subject_id, jobs.status FROM codes JOIN jobs ON jobs.id = codes.job_id WHERE codes.code = ?')
    .get(code) as CodeRow | undefined;
  if (!row) return { found: { exists: false }, photos: [] };
  const photos = db
    .prepare(
      `SELECT photos.id, photos.file_name AS fileName, photos.blob_key AS blobKey
        FROM photo_subjects JOIN photos ON photos.id = photo_subjects.photo_id
        WHERE photo_subjects.subject_id = ? AND photos.hidden = 0 AND photos.kind = 'photo' AND photos.blob_key IS NOT NULL
        ORDER BY photos.file_name, photos.id`,
    )
    .all(row.subject_id) as CustomerPhoto[];
  return {
    found: { exists: true, retired: row.retired_at !== null, jobStatus: row.status, activated: row.activated === 1, visiblePhotos: photos.length },
    photos,
  };
}
