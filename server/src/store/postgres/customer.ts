import type { CodeAsFound } from '../../../../shared/customer-view.js';
import type { CustomerPhoto } from '../repository.js';
import { all, one, type Sql } from './pool.js';

interface CodeRow {
  retired: boolean;
  activated: boolean;
  subject_id: number | null;
  status: 'planning' | 'selling' | 'archived';
}

/** As store/sqlite/customer.ts: only visible photos whose bytes arrived count, so a gallery never opens empty. */
export async function codeForCustomer(sql: Sql, code: string): Promise<{ found: CodeAsFound; photos: CustomerPhoto[] }> {
  const row = await one<CodeRow>(
    sql,
    'SELECT codes.retired_at IS NOT NULL AS retired, codes.activated, codes.subject_id, jobs.status FROM codes JOIN jobs ON jobs.id = codes.job_id WHERE codes.code = $1',
    [code],
  );
  if (!row) return { found: { exists: false }, photos: [] };
  const photos = await all<CustomerPhoto>(
    sql,
    `SELECT photos.id, photos.file_name AS "fileName", photos.blob_key AS "blobKey"
      FROM photo_subjects JOIN photos ON photos.id = photo_subjects.photo_id
      WHERE photo_subjects.subject_id = $1 AND NOT photos.hidden AND photos.kind = 'photo' AND photos.blob_key IS NOT NULL
      ORDER BY photos.file_name COLLATE "C", photos.id`,
    [row.subject_id],
  );
  return { found: { exists: true, retired: row.retired, jobStatus: row.status, activated: row.activated, visiblePhotos: photos.length }, photos };
}
