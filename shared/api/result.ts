import type { Result } from './contract.js';

/** Every error code the transport layer itself produces; core's own failures arrive as 'failed', or 'busy'. */
export type CallErrorCode =
  | 'invalid-input'
  | 'invalid-output'
  | 'unknown-method'
  | 'failed'
  | 'busy'
  | 'forbidden'
  | 'transport'
  | 'bad-response';

export function succeed<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: CallErrorCode, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}

/** 'busy': core refused because other work is under way, and the same call succeeds once it has finished. */
export function failureCode(thrown: unknown): 'busy' | 'failed' {
  return (thrown as { code?: unknown } | null)?.code === 'busy' ? 'busy' : 'failed';
}

export function describeError(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
