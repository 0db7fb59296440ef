import { outputPath, writeWhole } from '../app/write-output.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { listSubjects } from '../db/subjects.js';
import type { CardLayout, Paper } from '../../../shared/domain.js';
import { inSchoolOrder } from '../../../shared/names/school-order.js';
import { cardsPdf, type CardToPrint } from './cards-pdf.js';

export interface PrintCardsOptions {
  file: string;
  paper: Paper;
  layout: CardLayout;
}

export interface PrintedCards {
  file: string;
  pages: number;
  cards: number;
  /** Of them, blank cards for walk-ups (spare subjects). */
  spares: number;
}

/**
 * The job's QR cards as a PDF: one per subject of the names list, by class and name (the order the
 * school hands them out in), then the blank walk-up cards of its spares.
 */
export async function printCards(db: Db, job: JobRow, options: PrintCardsOptions): Promise<PrintedCards> {
  const file = await outputPath(db, options.file, ['.pdf'], 'cards');
  const subjects = listSubjects(db, job.id);
  if (subjects.length === 0) throw new Error(`job "${job.name}" has no subjects yet: import its names list or add spare subjects first`);
  const ordered = inSchoolOrder(subjects);
  const cards: CardToPrint[] = ordered.map(({ code, firstName, lastName, group, spare }) => ({ code, firstName, lastName, group, spare }));
  const { pdf, pages } = await cardsPdf(cards, { jobName: job.name, paper: options.paper, layout: options.layout });
  await writeWhole(file, pdf);
  return { file, pages, cards: cards.length, spares: cards.filter((card) => card.spare).length };
}
