import type { ApiHandlers } from '../../../shared/api/contract.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';

/**
 * After the shoot, for others to take in: the yearbook publisher's portrait package and the shop
 * upload's photo-to-code file. Each loads its image or CSV writer when first used.
 */
export function exportHandlers(db: Db, requireJob: (name: string) => JobRow): Pick<ApiHandlers, 'export.yearbook' | 'export.photoCodes'> {
  return {
    'export.yearbook': async ({ job, folder }) => {
      const { exportYearbook } = await import('../export/yearbook-export.js');
      return exportYearbook(db, requireJob(job), folder);
    },
    'export.photoCodes': async ({ job, file }) => {
      const { exportPhotoCodes } = await import('../export/photo-codes.js');
      return exportPhotoCodes(db, requireJob(job), file);
    },
  };
}
