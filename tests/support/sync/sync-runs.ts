import Database from 'better-sqlite3';
import { startCli, type CliRun } from '../run-cli.js';
import type { Rng } from '../shoot/prng.js';

/** The tus piece size the fault tests upload in: small, so that a shoot has many places to resume from. */
export const TEST_CHUNK_BYTES = 1024 * 1024;

export interface SyncTarget {
  dbPath: string;
  shopUrl: string;
  token: string;
  userData: string;
}

/** `shootdesk sync` as a user starts it, uploading in the tests' small pieces. */
export function startSync(target: SyncTarget, env: Record<string, string> = {}): ReturnType<typeof startCli> {
  return startCli(['sync', '--server', target.shopUrl, '--token', target.token, '--db', target.dbPath, '--json'], target.userData, {
    SHOOTDESK_UPLOAD_CHUNK_BYTES: String(TEST_CHUNK_BYTES),
    ...env,
  });
}

/**
 * Whether a run ended as a sync may end under faults: done (0) or the shop not answering (3). A
 * refusal (1) or a crash means a fault turned into a problem for the photographer.
 */
export function endedWell(run: CliRun): boolean {
  return run.code === 0 || run.code === 3;
}

/**
 * `shootdesk sync` run again whenever it stops for the shop not answering (as the desktop app starts
 * it again when the shop answers), until it says everything was sent or ends badly; every run.
 */
export async function syncUntilDone(target: SyncTarget, runs = 60, env: Record<string, string> = {}): Promise<CliRun[]> {
  const done: CliRun[] = [];
  while (done.length < runs) {
    const run = await startSync(target, env).done;
    done.push(run);
    if (run.code === 0 || !endedWell(run)) break;
  }
  return done;
}

/**
 * Where to strike, as totals of bytes the client has sent: one early, among the job's and pupils'
 * records, the rest anywhere in the upload of the gallery photos, sorted.
 */
export function faultMarks(rng: Rng, galleryBytes: number, count: number): number[] {
  const early = rng.int(500, 8_000);
  const rest = Array.from({ length: count - 1 }, () => rng.int(8_000, Math.floor(galleryBytes * 0.95)));
  return [early, ...rest].sort((a, b) => a - b);
}

/** What the desktop still has to send or resume: both must be empty once a sync is done. */
export function leftInStore(dbPath: string): { outbox: number; uploads: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      outbox: db.prepare('SELECT count(*) FROM outbox').pluck().get() as number,
      uploads: db.prepare('SELECT count(*) FROM sync_uploads').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}
