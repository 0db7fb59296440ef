import type { ApiHandlers } from '../../../shared/api/contract.js';
import { CODE_LENGTH } from '../codes/generate-code.js';
import { preflight } from '../codes/preflight.js';
import { DEFAULT_SPARES, topUpSpares } from '../codes/top-up-spares.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { jobFolder } from '../tagging/job-folder.js';

/**
 * Before the shoot and before going live: the names list, the walk-up cards' codes, the printed QR
 * cards, the pre-flight. The readers and writers of spreadsheets and PDFs are loaded when first
 * used: `shootdesk jobs list` and the window's first paint need none of them.
 */
export function beforeShootHandlers(
  db: Db,
  requireJob: (name: string) => JobRow,
): Pick<ApiHandlers, 'names.import' | 'names.export' | 'codes.generate' | 'codes.rekey' | 'cards.print' | 'contactSheets.print' | 'preflight.get'> {
  return {
    'preflight.get': ({ job }) => {
      const row = requireJob(job);
      return Promise.resolve(preflight(db, row, jobFolder(db, row.id) ?? '.'));
    },
    'names.import': async ({ job, file, dryRun, map }) => {
      const { importNamesFile } = await import('../roster/import-names-file.js');
      return importNamesFile(db, job, file, dryRun, map);
    },
    'names.export': async ({ job, file }) => {
      const { exportNames } = await import('../roster/export-names.js');
      return exportNames(db, requireJob(job), file);
    },
    'codes.generate': ({ job, length, spares }) => Promise.resolve(topUpSpares(db, requireJob(job).id, spares ?? DEFAULT_SPARES, length ?? CODE_LENGTH)),
    'codes.rekey': async ({ job, how, mapFile }) => {
      const { rekeyJob } = await import('../codes/rekey-job.js');
      return rekeyJob(db, requireJob(job), how, mapFile);
    },
    'cards.print': async ({ job, file, paper, layout }) => {
      const { printCards } = await import('../print/print-cards.js');
      return printCards(db, requireJob(job), { file, paper, layout });
    },
    'contactSheets.print': async ({ job, file, paper }) => {
      const { printContactSheets } = await import('../print/print-contact-sheets.js');
      return printContactSheets(db, requireJob(job), { file, paper });
    },
  };
}
