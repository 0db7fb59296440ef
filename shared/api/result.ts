import type { Result } from './contract.js';

/** Every error code the transport layer itself produces; core's own failures arrive as 'failed'. */
export type CallErrorCode =
  | 'invalid-input'
  | 'invalid-output'
  | 'unknown-method'
  | 'failed'
  | 'forbidden'
  | 'transport'
  | 'bad-response';

export function succeed<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: CallErrorCode, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}

export function describeError(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
