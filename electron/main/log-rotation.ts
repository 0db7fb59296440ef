import type { NodeLogger } from 'electron-log';
import { renameSync, rmSync } from 'node:fs';
import { parse, join } from 'node:path';

/** One log file reaches this before it is put aside: a week of busy days, small enough to attach to a mail. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;
/** Old log files kept beside the current one. */
export const LOG_KEEP = 5;

/** The name of the n-th older log: `main.log` → `main.1.log` (the newest old one) … `main.5.log`. */
export function olderLog(file: string, n: number): string {
  const { dir, name, ext } = parse(file);
  return join(dir, `${name}.${n}${ext}`);
}

/**
 * The moves that put the current log aside and keep `keep` older ones: the oldest is dropped, each
 * other moves one place back, the current becomes the first. In this order, no move overwrites a
 * file still to be moved.
 */
export function rotationPlan(file: string, keep: number): { drop: string; moves: Array<[from: string, to: string]> } {
  const moves: Array<[string, string]> = [];
  for (let n = keep - 1; n >= 1; n -= 1) moves.push([olderLog(file, n), olderLog(file, n + 1)]);
  moves.push([file, olderLog(file, 1)]);
  return { drop: olderLog(file, keep), moves };
}

/** Carries the plan out; synchronous, as electron-log writes its next line right after. Missing files are skipped. */
export function rotateLog(file: string, keep: number): void {
  const { drop, moves } = rotationPlan(file, keep);
  rmSync(drop, { force: true });
  for (const [from, to] of moves) {
    try {
      renameSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** Points the logger's file at `file`, put aside at `maxBytes` with the last `keep` kept. */
export function writeLogTo(logger: NodeLogger, file: string, maxBytes = LOG_MAX_BYTES, keep = LOG_KEEP): void {
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = maxBytes;
  logger.transports.file.archiveLogFn = (old) => rotateLog(old.path, keep);
}
