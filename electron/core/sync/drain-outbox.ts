import type { Db } from '../db/open-db.js';
import { retryDelayMs } from './retry-delay.js';
import type { SendOutcome, ShopClient } from './shop-client.js';
import { shopState, type OutboxMark, type PhotoBytes, type ShopState } from './shop-writes.js';

export interface DrainOptions {
  /** Sends a photo's bytes once its record is at the shop (upload-photo.ts). */
  upload: (bytes: PhotoBytes) => Promise<SendOutcome>;
  /** Only the marks of this job (`sync --job`). */
  jobId?: number | undefined;
  signal?: AbortSignal | undefined;
  now?: () => number;
  /** 0.5 to 1: spreads the retries of many laptops (retry-delay.ts). */
  jitter?: () => number;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Photos sent at once (1 by default); jobs and subjects always go one at a time. */
  parallel?: number | undefined;
  /** Turns a thing's state into what is sent (the resized copy in place of an original: upload-bytes.ts). */
  prepare?: ((mark: OutboxMark, state: ShopState) => Promise<ShopState>) | undefined;
}

export interface Drained {
  /** Marks whose state the shop now has. */
  sent: number;
  /** Marks waiting for a retry (the shop busy, a subject still on its way). */
  waiting: number;
  /** The shop did not answer: the drain stopped, to start again when it does. */
  offline: boolean;
  /** Marks the shop refused; they stay until the photographer mends what the message says. */
  problems: { kind: OutboxMark['kind']; entityId: number; why: string }[];
}

const MARK_COLUMNS = 'seq, kind, entity_id AS entityId, job_sync_id AS jobSyncId, op_id AS opId, attempts';
/** Marks of the job bound as `@job`, or of every job when it is null. */
export const OF_JOB = `(@job IS NULL
  OR (kind = 'job' AND entity_id = @job)
  OR (kind = 'subject' AND entity_id IN (SELECT id FROM subjects WHERE job_id = @job))
  OR (kind = 'photo' AND entity_id IN (SELECT id FROM photos WHERE job_id = @job)))`;
/** Marks that are due: not refused, and not waiting for a retry later than `@now`. */
const DUE = `problem IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= @now) AND ${OF_JOB}`;
/** Jobs before their subjects, subjects before the photos that name them; a deletion last. */
const KIND_ORDER = `CASE kind WHEN 'job' THEN 0 WHEN 'subject' THEN 1 WHEN 'photo' THEN 2 ELSE 3 END`;

/**
 * Sends the shop what the outbox marks, thing by thing, in order, until nothing is due: each mark's
 * current state under its operation id (the shop applies an id once, so a mark sent twice, after a
 * crash between the shop's answer and this store's commit, changes nothing), then the photo's bytes.
 * A mark is cleared only if its operation id is still the one sent: a change made meanwhile gave it
 * a new one, and it goes again. Refusals stay as problems; a silent shop stops the drain.
 */
export async function drainOutbox(db: Db, client: ShopClient, options: DrainOptions): Promise<Drained> {
  const now = options.now ?? Date.now;
  const jitter = options.jitter ?? (() => 0.5 + Math.random() / 2);
  const next = db.prepare(`SELECT ${MARK_COLUMNS} FROM outbox WHERE ${DUE} AND op_id NOT IN (SELECT value FROM json_each(@busy)) ORDER BY ${KIND_ORDER}, seq LIMIT 1`);
  const due = db.prepare(`SELECT count(*) FROM outbox WHERE ${DUE}`).pluck();
  const at = (): { now: string; job: number | null } => ({ now: new Date(now()).toISOString(), job: options.jobId ?? null });
  const clear = db.prepare('DELETE FROM outbox WHERE op_id = ?');
  const later = db.prepare('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE op_id = ?');
  const refuse = db.prepare('UPDATE outbox SET problem = ? WHERE op_id = ?');
  const result: Drained = { sent: 0, waiting: 0, offline: false, problems: [] };
  const total = due.get(at()) as number;

  const inFlight = new Map<string, Promise<void>>();
  const limit = Math.max(1, options.parallel ?? 1);

  const settle = async (mark: OutboxMark): Promise<void> => {
    const found = shopState(db, mark);
    if (found === null) {
      // Gone here since it was marked (a photo of a job deleted since): nothing left to tell.
      clear.run(mark.opId);
      return;
    }
    const outcome = await prepared(mark, found, options.prepare).then(
      (state) => sendState(client, mark, state, options.upload),
      (error: unknown): SendOutcome => ({ ok: false, retry: false, why: (error as Error).message }),
    );
    if (outcome.ok) {
      clear.run(mark.opId);
      result.sent += 1;
    } else if (outcome.retry) {
      later.run(new Date(now() + retryDelayMs(mark.attempts + 1, jitter())).toISOString(), mark.opId);
      result.waiting += 1;
      if (!(await client.isOnline())) result.offline = true;
    } else {
      refuse.run(outcome.why, mark.opId);
      result.problems.push({ kind: mark.kind, entityId: mark.entityId, why: outcome.why });
    }
    options.onProgress?.({ done: result.sent + result.waiting + result.problems.length, total });
  };

  while (!options.signal?.aborted && !result.offline) {
    const mark = next.get({ ...at(), busy: JSON.stringify([...inFlight.keys()]) }) as OutboxMark | undefined;
    if (!mark) {
      if (inFlight.size === 0) break;
      await Promise.race(inFlight.values());
      continue;
    }
    // A job or subject goes alone, once the photos before it are done: nothing overtakes what it names.
    if (mark.kind !== 'photo' && inFlight.size > 0) {
      await Promise.all(inFlight.values());
      continue;
    }
    inFlight.set(mark.opId, settle(mark).finally(() => inFlight.delete(mark.opId)));
    if (mark.kind !== 'photo' || inFlight.size >= limit) await Promise.race(inFlight.values());
  }
  await Promise.all(inFlight.values());
  return result;
}

function prepared(mark: OutboxMark, state: ShopState, prepare: DrainOptions['prepare']): Promise<ShopState> {
  return prepare ? prepare(mark, state) : Promise.resolve(state);
}

async function sendState(client: ShopClient, mark: OutboxMark, state: ShopState, upload: DrainOptions['upload']): Promise<SendOutcome> {
  let answer: unknown = null;
  for (const [i, write] of state.writes.entries()) {
    // One mark may take several requests; each has an id of its own, derived from the mark's.
    const sent = await client.send(write, `${mark.opId}.${i}`);
    if (!sent.ok) return sent;
    answer = sent.body;
  }
  if (state.bytes === null || bytesPresent(answer)) return { ok: true, body: answer };
  return upload(state.bytes);
}

function bytesPresent(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && (answer as { bytesPresent?: unknown }).bytesPresent === true;
}
