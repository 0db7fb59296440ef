import type { SyncStatus } from '../../../shared/api/sync-status.js';
import type { Db } from '../db/open-db.js';
import { bandwidthMeter, secondsLeft } from './bandwidth-meter.js';
import { checkToken } from './check-token.js';
import { dueMarks, makeWaitingDue, outboxFigures, outboxProblems, uploadsUnderWay } from './outbox-figures.js';
import { retryDelayMs } from './retry-delay.js';
import { runSync } from './run-sync.js';
import { shopClient } from './shop-client.js';
import { saveSyncPreferences, syncPreferences, syncServer, syncSettings, type SyncSettings, type TokenSeal } from './sync-settings.js';
import { withUploadSize } from './upload-bytes.js';

export interface SyncWorkerOptions {
  db: Db;
  /** Where resized copies are made. */
  cacheDir: string;
  seal?: TokenSeal | undefined;
  /** Whether the machine has a network at all (Electron's net.isOnline()): false spares the probe. */
  onlineHint?: (() => Promise<boolean>) | undefined;
  /** Every change of the status, as it happens (sends throttled while syncing). */
  onStatus: (status: SyncStatus) => void;
  /** False: nothing runs by itself (the command line, which syncs when told); the status still answers. */
  background: boolean;
  fetchImpl?: typeof fetch;
  /** How often the outbox is looked at for new changes while the shop answers and nothing is sent. */
  pollMs?: number;
  /** How often a shop that answered is asked again whether it still does, while nothing is sent. */
  probeMs?: number;
  jitter?: () => number;
}

export interface SyncWorker {
  status(): SyncStatus;
  /** The settings or the outbox changed: look again now, and ask the shop again. */
  wake(): void;
  pause(): void;
  resume(): void;
  /** Runs `work` (a sync she started by hand) with the worker's own sends held meanwhile. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

const POLL_MS = 1_000;
const PROBE_MS = 15_000;
/** Status events while bytes move: often enough to look live, rare enough to cost nothing. */
const PUBLISH_EVERY_MS = 500;

/**
 * Syncs by itself: asks the shop whether it answers (backing off while it does not), sends what the
 * outbox holds when it does, and again shortly after each new change; stops cleanly when the shop
 * goes away, holds everything while paused. The status says where it stands, never the token.
 */
export function startSyncWorker(options: SyncWorkerOptions): SyncWorker {
  const { db } = options;
  const pollMs = options.pollMs ?? POLL_MS;
  const probeMs = options.probeMs ?? PROBE_MS;
  const jitter = options.jitter ?? (() => 0.5 + Math.random() / 2);
  const meter = bandwidthMeter();
  const prepare = withUploadSize(db, options.cacheDir, () => syncPreferences(db).uploadSize);

  let state: SyncStatus['state'] = 'offline';
  /** What stops every send, beside the refused changes: the token, or a fault of this store. */
  let standing: { kind: 'token' | 'fault'; why: string } | null = null;
  let checkedToken: string | null = null;
  let offlineTries = 0;
  let nextProbeAt = 0;
  let run: { sent: number } | null = null;
  let sending: AbortController | null = null;
  let held = 0;
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let lastPublished = '';
  let publishTimer: NodeJS.Timeout | null = null;
  // Left by the last process (killed, crashed, closed mid-upload): said until a run has gone on with them.
  let resumed = uploadsUnderWay(db);

  const status = (): SyncStatus => {
    const preferences = syncPreferences(db);
    const figures = outboxFigures(db);
    const refused = outboxProblems(db);
    const rate = state === 'syncing' ? meter.rate(Date.now()) : 0;
    const what = standing?.kind === 'token' ? `the token for ${syncServer(db) ?? 'the shop'}` : 'the sync on this computer';
    const problems = standing === null ? refused.problems : [{ id: null, kind: standing.kind, what, why: standing.why }, ...refused.problems];
    return {
      state: shownState(preferences.paused),
      server: syncServer(db),
      ...figures,
      bytesPerSecond: Math.round(rate),
      secondsLeft: state === 'syncing' ? secondsLeft(figures.bytesPending, rate) : null,
      run: run && { sent: run.sent, total: run.sent + figures.pending },
      problems,
      problemCount: refused.count + (standing === null ? 0 : 1),
      parallel: preferences.parallel,
      uploadSize: preferences.uploadSize,
      resumed,
    };
  };
  // Said at once, before the loop gets round to it; without the loop nothing asks the shop whether it answers.
  const shownState = (paused: boolean): SyncStatus['state'] => {
    if (syncServer(db) === null) return 'off';
    if (paused) return 'paused';
    return options.background ? state : 'offline';
  };

  const publish = (): void => {
    if (publishTimer) clearTimeout(publishTimer);
    publishTimer = null;
    const now = status();
    const text = JSON.stringify(now);
    if (text === lastPublished) return;
    lastPublished = text;
    options.onStatus(now);
  };
  const publishSoon = (): void => {
    publishTimer ??= setTimeout(publish, PUBLISH_EVERY_MS);
  };
  const become = (next: SyncStatus['state']): void => {
    state = next;
    publish();
  };
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakeUp = done;
    });

  const readSettings = async (): Promise<SyncSettings | null> => {
    try {
      const settings = await syncSettings(db, options.seal);
      if (settings === null) standing = null;
      return settings;
    } catch (error) {
      standing = { kind: 'token', why: (error as Error).message };
      return null;
    }
  };

  const probe = async (settings: SyncSettings): Promise<void> => {
    const answers = ((await options.onlineHint?.()) ?? true) && (await shopClient(settings.server, settings.token, options.fetchImpl).isOnline());
    const key = `${settings.server}\n${settings.token}`;
    const token = answers && checkedToken !== key ? await checkToken(settings.server, settings.token, options.fetchImpl) : 'ok';
    if (!answers || token === 'offline') {
      offlineTries += 1;
      nextProbeAt = Date.now() + retryDelayMs(offlineTries, jitter());
      become('offline');
      return;
    }
    offlineTries = 0;
    nextProbeAt = Date.now() + probeMs;
    if (checkedToken !== key) {
      checkedToken = key;
      standing = token === 'ok' ? null : { kind: 'token', why: token.refused };
    }
    if (standing?.kind === 'fault') standing = null;
    become('online');
  };

  const send = async (settings: SyncSettings): Promise<void> => {
    const controller = new AbortController();
    sending = controller;
    run = { sent: 0 };
    meter.start(Date.now());
    become('syncing');
    try {
      const result = await runSync(db, settings, {
        signal: controller.signal,
        parallel: syncPreferences(db).parallel,
        prepare,
        fetchImpl: options.fetchImpl,
        onProgress: ({ sent }) => {
          if (run) run.sent = sent;
          publishSoon();
        },
        onBytes: (bytes) => {
          meter.add(bytes, Date.now());
          publishSoon();
        },
      });
      if (result.offline) {
        offlineTries = 1;
        nextProbeAt = Date.now() + retryDelayMs(offlineTries, jitter());
      }
      run = null;
      resumed = 0;
      become(result.offline ? 'offline' : 'online');
    } finally {
      run = null;
      sending = null;
    }
  };

  const step = async (): Promise<void> => {
    const settings = await readSettings();
    if (held > 0) return sleep(pollMs);
    if (settings === null) {
      become('off');
      return sleep(probeMs);
    }
    if (syncPreferences(db).paused) {
      become('paused');
      return sleep(probeMs);
    }
    if (state === 'off' || state === 'paused' || Date.now() >= nextProbeAt) await probe(settings);
    if (state === 'online' && standing === null && dueMarks(db, new Date().toISOString()) > 0) return send(settings);
    publish();
    return sleep(state === 'offline' ? Math.max(0, nextProbeAt - Date.now()) : pollMs);
  };

  const loop = async (): Promise<void> => {
    while (!stopped) {
      try {
        await step();
      } catch (error) {
        // A fault of this store (a full disk): said in the status, tried again later, never the app's end.
        standing = { kind: 'fault', why: `the sync stopped on a fault here, and tries again shortly: ${(error as Error).message}` };
        nextProbeAt = 0;
        become('offline');
        await sleep(probeMs);
      }
    }
  };
  const done = options.background ? loop() : Promise.resolve();

  return {
    status,
    wake() {
      checkedToken = null;
      nextProbeAt = 0;
      wakeUp?.();
    },
    pause() {
      saveSyncPreferences(db, { paused: true });
      sending?.abort();
      wakeUp?.();
      if (!options.background) publish();
    },
    resume() {
      saveSyncPreferences(db, { paused: false });
      makeWaitingDue(db);
      nextProbeAt = 0;
      wakeUp?.();
      if (!options.background) publish();
    },
    async exclusive(work) {
      held += 1;
      sending?.abort();
      while (sending) await new Promise((resolve) => setTimeout(resolve, 50));
      try {
        return await work();
      } finally {
        // A sync by hand went on with them as well; after a restore the count was of other rows.
        resumed = 0;
        held -= 1;
        wakeUp?.();
      }
    },
    async stop() {
      stopped = true;
      sending?.abort();
      wakeUp?.();
      await done;
      if (publishTimer) clearTimeout(publishTimer);
    },
  };
}
