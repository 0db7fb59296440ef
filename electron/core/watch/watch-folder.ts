import { setTimeout as sleep } from 'node:timers/promises';
import { walkFolder } from '../scan/walk-folder.js';

export interface WatchOptions {
  folder: string;
  /** How often the folder is looked at; a file counts as arrived once it kept its size for one interval. */
  intervalMs: number;
  signal: AbortSignal;
  /** Sorts the folder again (only new files are read). False: it could not run now, try next time. */
  sortNow: () => Promise<boolean>;
}

/**
 * Tethered shooting: the camera (or its software) writes into the folder while she shoots. Files
 * are sorted once the folder has stopped changing for one interval, so a photo still being written
 * is never read half; a file that was (a write stalled longer) is read again when it is whole, as
 * every failed file is. Polling rather than file-system events: memory cards and network shares
 * often send none. Returns when `signal` aborts.
 */
export async function watchFolder({ folder, intervalMs, signal, sortNow }: WatchOptions): Promise<void> {
  let previous: string | null = null;
  let sorted: string | null = null;
  while (!signal.aborted) {
    const now = await fingerprint(folder, signal);
    if (now !== null && now === previous && now !== sorted && (await sortNow())) sorted = now;
    previous = now;
    try {
      await sleep(intervalMs, undefined, { signal });
    } catch {
      return;
    }
  }
}

/** Every file's path and size: changes when a file arrives, grows, or goes. Null when the walk was stopped. */
async function fingerprint(folder: string, signal: AbortSignal): Promise<string | null> {
  try {
    const { files, errors } = await walkFolder(folder, signal);
    return JSON.stringify([files.map((file) => [file.relPath, file.size, file.companions]), errors]);
  } catch {
    return null;
  }
}
