/**
 * Refused because other work is under way that this would pull the ground from under (a restore
 * during a sort); the same request succeeds once that work has finished. Its `code` crosses the
 * boundary, so a window can say "wait" rather than "failed".
 */
export class BusyError extends Error {
  override readonly name = 'BusyError';
  readonly code = 'busy';
}
