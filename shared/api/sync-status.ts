import { z } from 'zod';

export const SYNC_STATES = ['off', 'offline', 'online', 'syncing', 'paused'] as const;
export const UPLOAD_SIZES = ['original', 'resized'] as const;
/** Fewer are sent together than there are cores to resize with and Wi-Fi to share. */
export const MAX_PARALLEL_UPLOADS = 8;

/** A change the shop refused, the token it refused, or a fault here: what it is about, and what to mend. */
export const syncProblemSchema = z.object({
  /** The outbox mark to try again once mended; null for the token (saving a new one mends it) and a fault. */
  id: z.number().int().nullable(),
  kind: z.enum(['job', 'job-deleted', 'subject', 'photo', 'token', 'fault']),
  what: z.string(),
  why: z.string(),
});

/**
 * Where the sync to the shop stands. `off`: no shop set; `offline`: the shop does not answer;
 * `online`: it answers and nothing is being sent; `syncing`: sending; `paused`: she paused it.
 * Never the token.
 */
export const syncStatusSchema = z.object({
  state: z.enum(SYNC_STATES),
  server: z.string().nullable(),
  /** Changes not at the shop yet (refused ones not counted), and how many of them are photos. */
  pending: z.number().int(),
  photos: z.number().int(),
  /** Bytes of the photos still to upload. */
  bytesPending: z.number(),
  /** Over the last seconds; 0 when nothing is sent. */
  bytesPerSecond: z.number(),
  /** At that rate; null when there is no rate to go by. */
  secondsLeft: z.number().nullable(),
  /** The run under way: changes sent of the total it has to send (those made meanwhile included). */
  run: z.object({ sent: z.number().int(), total: z.number().int() }).nullable(),
  /** The first problems, and how many there are in all. */
  problems: z.array(syncProblemSchema),
  problemCount: z.number().int(),
  parallel: z.number().int(),
  uploadSize: z.enum(UPLOAD_SIZES),
  /** Uploads that were under way when Shootdesk last stopped, going on now; 0 once the first run since has ended. */
  resumed: z.number().int(),
});

export type SyncStatus = z.infer<typeof syncStatusSchema>;
export type SyncProblem = z.infer<typeof syncProblemSchema>;
