import type { Result } from './contract.js';

/** Every error code a call can answer: the transport's own, and core's expected refusals (FAILURE_KINDS). */
export type CallErrorCode =
  | 'invalid-input'
  | 'invalid-output'
  | 'unknown-method'
  | 'failed'
  | 'busy'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'transport'
  | 'bad-response';

/**
 * Core's expected refusals (electron/core/app/typed-errors.ts): 'busy', the same call succeeds once
 * other work has finished; 'not-found', what it names does not exist; 'conflict', what it would take
 * is taken. Anything else a handler throws is 'failed'.
 */
const FAILURE_KINDS = ['busy', 'not-found', 'conflict'] as const;

export function succeed<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: CallErrorCode, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}

export function failureCode(thrown: unknown): (typeof FAILURE_KINDS)[number] | 'failed' {
  const code = (thrown as { code?: unknown } | null)?.code;
  return FAILURE_KINDS.find((kind) => kind === code) ?? 'failed';
}

export function describeError(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
