import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayload } from '../../../shared/api/contract.js';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import type { BigJob } from './build-big-job.js';

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface CoreCopy {
  core: Core;
  /** Adds a listener for core's events (the bridge's event stream). */
  subscribe: (listener: Listener) => () => void;
  close(): Promise<void>;
}

/**
 * A real core on a fresh copy of the job's database: a run may assign and undo as it likes, and the
 * next run starts from the job as the sort left it. The thumbnail cache is shared: nothing writes it.
 */
export function openCopy(job: BigJob): CoreCopy {
  const work = mkdtempSync(join(tmpdir(), 'shootdesk-bench-ui-'));
  const dbPath = join(work, 'job.sqlite');
  copyFileSync(job.dbFile, dbPath);
  const listeners = new Set<Listener>();
  const core = createCore({ dbPath, cacheDir: job.cacheDir, emit: (e, p) => listeners.forEach((l) => l(e, p)) });
  return {
    core,
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    async close() {
      await core.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
