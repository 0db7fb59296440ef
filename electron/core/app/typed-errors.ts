// Expected failures, each with the `code` that crosses the boundary (shared/api/result.ts), so the
// window can say what kind of refusal it is ("wait", "not there", "taken") rather than "failed".

/**
 * Refused because other work is under way that this would pull the ground from under (a restore
 * during a sort); the same request succeeds once that work has finished.
 */
export class BusyError extends Error {
  override readonly name = 'BusyError';
  readonly code = 'busy';
}

/** What the request names (a job, a subject, a code) does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly code = 'not-found';
}

/** The request would take something another already has (a job's name). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly code = 'conflict';
}
