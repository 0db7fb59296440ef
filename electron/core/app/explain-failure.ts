import { statSync } from 'node:fs';

interface CodedError {
  code: string;
  message: string;
  path?: string;
}

function coded(error: unknown): CodedError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' ? (error as Error & CodedError) : undefined;
}

/** Why SQLite could not open the file, found by looking at the path itself. */
function whyCannotOpen(file: string): string {
  try {
    return statSync(file).isDirectory() ? 'it is a folder' : 'permission denied, or not a regular file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'it is a symbolic link loop';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'ENOENT') return 'its folder cannot be written';
    return code ?? 'unknown reason';
  }
}

function explainSqlite(code: string, db: string): string | undefined {
  if (code.startsWith('SQLITE_READONLY')) return `the database ${db} is read-only: check its permissions and its folder's, or use another database file (--db)`;
  if (code === 'SQLITE_NOTADB') return `${db} is not a Shootdesk database (another kind of file, or damaged): move it away, or use another database file (--db)`;
  if (code.startsWith('SQLITE_CORRUPT')) return `the database ${db} is damaged: restore it from a backup, or use another database file (--db)`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `the database ${db} is busy: another Shootdesk (the desktop app or another command) kept it locked for more than 5 seconds; try again when that has finished`;
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'the job was deleted or changed by another Shootdesk while this ran; run the command again';
  if (code === 'SQLITE_FULL') return `the disk holding the database ${db} is full: free some space and run it again`;
  if (code.startsWith('SQLITE_CANTOPEN')) return `the database ${db} could not be opened (${whyCannotOpen(db)}): check the path, or use another database file (--db)`;
  if (code.startsWith('SQLITE_IOERR')) return `reading or writing the database ${db} failed (${code}): is its disk still connected?`;
  return undefined;
}

function explainErrno(code: string, path: string): string | undefined {
  if (code === 'ELOOP') return `${path} is a symbolic link loop (a link that leads back to itself): fix or remove the link`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied; check its permissions`;
  if (code === 'EROFS') return `${path} is on a read-only disk`;
  if (code === 'ENOSPC') return `the disk holding ${path} is full: free some space and run it again`;
  if (code === 'ENOTDIR') return `${path}: part of this path is a file, not a folder`;
  return undefined;
}

/**
 * A failure in words a photographer can act on: which file, and what to do. SQLite's and the file
 * system's own messages (`attempt to write a readonly database`, `ELOOP`) name neither.
 */
export function explainFailure(error: unknown, dbPath?: string): string {
  const failure = coded(error);
  if (failure?.code.startsWith('SQLITE_')) return explainSqlite(failure.code, dbPath ?? '(the Shootdesk database)') ?? failure.message;
  if (failure?.path) return explainErrno(failure.code, failure.path) ?? failure.message;
  return error instanceof Error ? error.message : String(error);
}
