import { outputPath, writeWhole } from '../app/write-output.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { listSubjects } from '../db/subjects.js';
import type { Paper } from '../../../shared/domain.js';
import { inSchoolOrder } from '../../../shared/names/school-order.js';
import { gatherGroups } from './contact-sheet-layout.js';
import { contactSheetsPdf } from './contact-sheets-pdf.js';

export interface PrintedContactSheets {
  file: string;
  pages: number;
  groups: number;
  pupils: number;
}

/**
 * The job's contact sheets for the school as a PDF: each class's pupils, in the school's order, on
 * pages of their own, each with the code and where parents enter it. Walk-up cards nobody has
 * been named for are left out: there is no parent to hand them to.
 */
export async function printContactSheets(db: Db, job: JobRow, options: { file: string; paper: Paper }): Promise<PrintedContactSheets> {
  if (job.shopUrl === null) {
    throw new Error(`job "${job.name}" has no shop address yet, and the sheets tell parents where to enter their code: set it with \`shootdesk jobs shop "${job.name}" <address>\` or in the QR cards dialog`);
  }
  const file = await outputPath(db, options.file, ['.pdf'], 'contact sheets');
  const pupils = inSchoolOrder(listSubjects(db, job.id).filter((subject) => !subject.spare));
  if (pupils.length === 0) throw new Error(`job "${job.name}" has no pupils on its names list yet: import the school's list first`);
  const groups = gatherGroups(pupils.map(({ code, firstName, lastName, group }) => ({ code, firstName, lastName, group })));
  const { pdf, pages } = await contactSheetsPdf(groups, { jobName: job.name, shopUrl: job.shopUrl, paper: options.paper });
  await writeWhole(file, pdf);
  return { file, pages, groups: groups.length, pupils: pupils.length };
}
