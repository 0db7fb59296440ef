import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOrCreateAlbum } from '../../../electron/core/db/albums.js';
import { findOrCreateJob } from '../../../electron/core/db/jobs.js';
import { SCHEMA_VERSION } from '../../../electron/core/db/migrations/index.js';
import { openDatabase, type Db } from '../../../electron/core/db/open-db.js';
import { listPendingPhotos, recordAnalyses, registerFiles, type AnalysisOutcome } from '../../../electron/core/db/photos.js';
import { splitJob } from '../../../electron/core/jobs/split-job.js';
import { importNames } from '../../../electron/core/roster/import-names.js';
import { planBigJob, type BigJobPlan, type PlannedFrame } from './big-job-plan.js';
import { checkBigJob } from './check-big-job.js';
import { linkDerivatives } from './link-derivatives.js';

export const BIG_JOB_NAME = 'Big school';
/** Bump when the plan or the way it is stored changes: the cached job is rebuilt. */
const BUILD_VERSION = 2;
const COMPLETE = '.complete';

export interface BigJob {
  plan: BigJobPlan;
  /** The job's database as the sort left it; each run works on a copy. */
  dbFile: string;
  cacheDir: string;
  /** The folder the job was imported from (empty: no page reads the photos themselves). */
  folder: string;
  /** Seconds spent building it now; 0 when the cached one was reused. */
  builtSeconds: number;
}

/**
 * The 20,000-file job, built once under `dir` and found again by its version (and the schema's: a
 * database from an older schema would be migrated by each run's copy, which a run must not time).
 */
export async function buildBigJob(dir: string): Promise<BigJob> {
  const key = `v${BUILD_VERSION}-schema${SCHEMA_VERSION}`;
  const job = { plan: planBigJob(), dbFile: join(dir, 'job.sqlite'), cacheDir: join(dir, 'cache'), folder: join(dir, 'shoot') };
  if (readMarker(dir) === key) return { ...job, builtSeconds: 0 };

  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(job.folder, { recursive: true });
  const db = openDatabase(job.dbFile);
  try {
    storeSortedJob(db, job.folder, job.plan);
    // One file, no WAL beside it, so a plain copy is the whole job.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  await linkDerivatives(job.cacheDir, job.plan.frames);
  await checkBigJob({ ...job, builtSeconds: 0 }, BIG_JOB_NAME);
  writeFileSync(join(dir, COMPLETE), key);
  return { ...job, builtSeconds: (performance.now() - started) / 1000 };
}

function readMarker(dir: string): string | undefined {
  try {
    return readFileSync(join(dir, COMPLETE), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * The steps of a sort (sort-folder.ts) with the analysis results given instead of computed: the
 * names list, the files, what each file's analysis found, then the split that makes galleries.
 */
function storeSortedJob(db: Db, folder: string, plan: BigJobPlan): void {
  const job = db.transaction(() => {
    const created = findOrCreateJob(db, BIG_JOB_NAME);
    const rows = plan.subjects.map((s, i) => ({ row: i + 2, firstName: s.firstName, lastName: s.lastName, group: s.group, grade: '', code: s.code, email: null, phone: null, externalId: null }));
    importNames(db, created.id, rows);
    return created;
  })();
  const albumId = findOrCreateAlbum(db, job.id, 'shoot');
  // About 8 MB each, as a 24-MP camera JPEG is.
  registerFiles(db, job.id, albumId, folder, plan.frames.map((frame, i) => ({ relPath: frame.relPath, size: 8_000_000 + ((i * 7919) % 900_000), companions: [] })));
  const ids = new Map(listPendingPhotos(db, job.id).map((row) => [row.relPath, row.id]));
  recordAnalyses(db, plan.frames.map((frame) => analysisOf(frame, ids.get(frame.relPath), plan)));
  splitJob(db, job, folder);
}

/** What the scan would have recorded for the frame: EXIF of its body, and the QR pass's finding. */
function analysisOf(frame: PlannedFrame, id: number | undefined, plan: BigJobPlan): AnalysisOutcome {
  if (id === undefined) throw new Error(`${frame.relPath} was not registered`);
  const { content } = frame;
  const code = content.kind === 'card' ? plan.subjects[content.subject]?.code : undefined;
  const card = content.kind !== 'photo';
  return {
    ok: true,
    record: {
      id,
      sha256: frame.sha256,
      make: frame.camera.make,
      model: frame.camera.model,
      serial: frame.camera.serial,
      capturedAt: frame.capturedAt,
      subsec: null,
      orientation: 1,
      width: 6000,
      height: 4000,
      qrCodes: code === undefined ? [] : [code],
      // A card held up fills about 0.28 of the long edge (classify-frame.ts).
      qrSizes: code === undefined ? [] : [0.28],
      qrUndecodable: content.kind === 'unreadable-card',
      qrCardLike: card,
    },
  };
}
