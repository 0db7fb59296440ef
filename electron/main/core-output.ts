import { createInterface } from 'node:readline';

/**
 * Each line core's process writes (a warning, a native module's last words before a crash) goes to
 * the app's log, marked as core's: inherited output would reach only a terminal, which a packaged app
 * started from the desktop does not have, and the log is what a photographer sends when asking for help.
 */
export function logLinesOf(stream: NodeJS.ReadableStream | null, write: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (line.trim() !== '') write(`core: ${line}`);
  });
}
