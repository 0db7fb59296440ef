import type { ApiHandlers } from '../../../shared/api/contract.js';
import { CODE_LENGTH } from '../codes/generate-code.js';
import { preflight } from '../codes/preflight.js';
import { DEFAULT_SPARES, topUpSpares } from '../codes/top-up-spares.js';
import { jobFolder } from '../tagging/job-folder.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { printCards } from '../print/print-cards.js';
import { exportNames } from '../roster/export-names.js';
import { importNamesFile } from '../roster/import-names-file.js';

/** Before the shoot and before going live: the names list, the walk-up cards' codes, the printed QR cards, the pre-flight. */
export function beforeShootHandlers(db: Db, requireJob: (name: string) => JobRow): Pick<ApiHandlers, 'names.import' | 'names.export' | 'codes.generate' | 'cards.print' | 'preflight.get'> {
  return {
    'preflight.get': ({ job }) => {
      const row = requireJob(job);
      return Promise.resolve(preflight(db, row, jobFolder(db, row.id) ?? '.'));
    },
    'names.import': ({ job, file, dryRun, map }) => importNamesFile(db, job, file, dryRun, map),
    'names.export': ({ job, file }) => exportNames(db, requireJob(job), file),
    'codes.generate': ({ job, length, spares }) => Promise.resolve(topUpSpares(db, requireJob(job).id, spares ?? DEFAULT_SPARES, length ?? CODE_LENGTH)),
    'cards.print': ({ job, file, paper, layout }) => printCards(db, requireJob(job), { file, paper, layout }),
  };
}
