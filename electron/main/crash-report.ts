export type CrashKind = 'error' | 'rejection' | 'window';

export interface CrashReport {
  title: string;
  message: string;
  detail: string;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/**
 * What she is told when something fails that nothing else caught: that her work is saved (every
 * change is written to the database as it is made), where the log is, and the error itself for
 * whoever she sends the log to. The first line of the error, not its stack, goes in the message.
 */
export function crashReport(kind: CrashKind, error: unknown, logFile: string): CrashReport {
  const what = kind === 'window' ? 'The Shootdesk window stopped' : 'Shootdesk ran into an error it did not expect';
  const first = (describe(error).split('\n')[0] ?? '').slice(0, 300);
  return {
    title: 'Shootdesk',
    message: `${what}: ${first}`,
    detail: `Your photos and tagging are saved: every change is written as it is made. The details are in the log, ${logFile}; send it with a note of what you were doing.\n\n${describe(error)}`,
  };
}
