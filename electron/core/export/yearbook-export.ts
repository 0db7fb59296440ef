import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import type { MethodOutput } from '../../../shared/api/contract.js';
import { buildFolderWhole, outputFolder } from '../app/write-output.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { countSpareSubjects } from '../db/subjects.js';
import { reportPath } from '../jobs/report-path.js';
import { cropPortrait } from '../media/crop-portrait.js';
import { MediaError } from '../media/media-error.js';
import { inSchoolOrder } from '../../../shared/names/school-order.js';
import { jobFolder } from '../tagging/job-folder.js';
import { INDEX_FILE, indexLine, PORTRAIT_SIZE, portraitPlace } from './yearbook-index.js';
import { deliverablePhoto, listPupilPortraits, type IndexPhoto, type LeftOut, type PortraitProblem, type PupilRow } from './yearbook-portraits.js';

/** Crops at once: each one decode on its own libvips thread, a few so a laptop stays usable. */
const CROPS_AT_ONCE = Math.min(4, availableParallelism());

type Outcome = { ok: true; crop: string } | { ok: false; left: LeftOut };

/**
 * The job's yearbook delivery in the PSPA layout at `folder` (new or empty): INDEX.TXT and the
 * pupils' index photos cropped to 640×800, in the school's order. A pupil without a portrait to
 * deliver is left out and named in the result with why, never a silent gap in the book. The
 * originals are only read.
 */
export async function exportYearbook(db: Db, job: JobRow, folder: string): Promise<MethodOutput<'export.yearbook'>> {
  const target = await outputFolder(db, folder, 'yearbook delivery');
  const photoFolder = jobFolder(db, job.id) ?? '.';
  const pupils = inSchoolOrder(listPupilPortraits(db, job.id).map((pupil) => ({ ...pupil, spare: false })));
  if (pupils.length === 0) throw new Error(`job "${job.name}" has no named pupils: import the school's names list first (walk-up cards nobody named are not in the yearbook)`);

  return buildFolderWhole(target, async (partial) => {
    const outcomes: Outcome[] = new Array<Outcome>(pupils.length);
    await eachLimited(pupils, CROPS_AT_ONCE, async (pupil, i) => {
      const crop = join(partial, `${i}.crop`);
      const deliverable = deliverablePhoto(pupil, photoFolder);
      const problem = 'problem' in deliverable ? deliverable.problem : await cropInto(deliverable.photo, photoFolder, crop);
      outcomes[i] = problem === null ? { ok: true, crop } : { ok: false, left: leftOut(pupil, problem) };
    });

    // TreeRing's guide: the Volume Name is the name of the folder that holds INDEX.TXT.
    const volume = basename(target);
    const lines: string[] = [];
    const imageFolders = new Set<string>();
    for (const [i, outcome] of outcomes.entries()) {
      const pupil = pupils[i];
      if (!outcome.ok || !pupil) continue;
      const place = portraitPlace(lines.length);
      if (!imageFolders.has(place.folder)) await mkdir(join(partial, place.folder));
      imageFolders.add(place.folder);
      await rename(outcome.crop, join(partial, place.folder, place.file));
      lines.push(indexLine({ volume, ...place, grade: pupil.grade, lastName: pupil.lastName, firstName: pupil.firstName, homeRoom: pupil.group }));
    }
    const left = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.left]));
    if (lines.length === 0) throw new Error(`no pupil of job "${job.name}" has a portrait to deliver: ${left.length} left out, ${left[0]?.message ?? ''}`);
    await writeFile(join(partial, INDEX_FILE), lines.join(''), 'utf8');
    return { folder: target, portraits: lines.length, imageFolders: [...imageFolders], leftOut: left, spares: countSpareSubjects(db, job.id) };
  });
}

/** Crops the index photo's original into `file`; null when done, else why it could not be. */
async function cropInto(photo: IndexPhoto, folder: string, file: string): Promise<PortraitProblem | null> {
  const name = reportPath(folder, photo.root, photo.relPath);
  let original: Buffer;
  try {
    original = await readFile(join(photo.root, photo.relPath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') {
      return { reason: 'missing', message: `original ${name} is missing: moved, deleted, or on a card or drive not connected` };
    }
    return { reason: 'unreadable', message: `original ${name} could not be read (${code ?? (error as Error).message})` };
  }
  try {
    await writeFile(file, await cropPortrait(original, PORTRAIT_SIZE));
  } catch (error) {
    if (!(error instanceof MediaError)) throw error;
    return { reason: 'unreadable', message: `original ${name} could not be read: ${error.message}` };
  }
  return null;
}

function leftOut(pupil: PupilRow, problem: PortraitProblem): LeftOut {
  return { code: pupil.code, firstName: pupil.firstName, lastName: pupil.lastName, group: pupil.group, ...problem };
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
