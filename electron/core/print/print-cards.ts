import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isInside } from '../app/is-inside.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { listSubjects } from '../db/subjects.js';
import type { CardLayout, Paper } from '../../../shared/domain.js';
import { writeCardsPdf, type CardToPrint } from './write-cards-pdf.js';

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

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The job's QR cards as a PDF: one per subject of the names list, by class and name (the order the
 * school hands them out in), then the blank walk-up cards of its spares.
 */
export async function printCards(db: Db, job: JobRow, options: PrintCardsOptions): Promise<PrintedCards> {
  const file = resolve(options.file);
  if (!/\.pdf$/i.test(file)) throw new Error(`${options.file}: name the cards file with .pdf at the end`);
  const folder = dirname(file);
  if (!(await stat(folder).catch(() => null))?.isDirectory()) throw new Error(`${folder} is not a folder: the cards cannot be saved there`);
  // Originals are read-only, and so is every folder around them: no file of Shootdesk's lands there.
  const roots = db.prepare('SELECT DISTINCT root FROM photos').pluck().all() as string[];
  const photoFolder = roots.find((root) => isInside(root, file));
  if (photoFolder !== undefined) throw new Error(`${file} is inside the photo folder ${photoFolder}: Shootdesk never writes where the originals are; save the cards elsewhere`);

  const subjects = listSubjects(db, job.id);
  if (subjects.length === 0) throw new Error(`job "${job.name}" has no subjects yet: import its names list or add spare subjects first`);
  const listed = subjects
    .filter((subject) => !subject.spare)
    .sort((a, b) => byName.compare(a.group, b.group) || byName.compare(a.lastName, b.lastName) || byName.compare(a.firstName, b.firstName));
  const spares = subjects.filter((subject) => subject.spare);
  const cards: CardToPrint[] = [...listed, ...spares].map(({ code, firstName, lastName, group, spare }) => ({ code, firstName, lastName, group, spare }));
  const { pages } = await writeCardsPdf(file, cards, { jobName: job.name, paper: options.paper, layout: options.layout });
  return { file, pages, cards: cards.length, spares: spares.length };
}
