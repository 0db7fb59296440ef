import { Refusal } from '../../refusal.js';

/** A code as stored: whose it is now (none once retired) and whether it was retired. */
export interface HeldCode {
  subjectId: number | null;
  retired: boolean;
}

/**
 * Whether a subject may take a code. A code is unique across the server and never used again once
 * retired; taking a new one retires the subject's previous code (a re-key), as the desktop does.
 */
export function judgeCodeClaim(code: string, held: HeldCode | undefined, subjectId: number): 'keep' | 'take' {
  if (held && !held.retired && held.subjectId === subjectId) return 'keep';
  if (held?.retired) throw new Refusal(409, 'code-retired', `code ${code} is retired and can never be used again`);
  if (held) throw new Refusal(409, 'code-taken', `code ${code} already belongs to another subject`);
  return 'take';
}

export const activationNotFound = (code: string, jobId: string): Refusal => new Refusal(404, 'not-found', `code ${code} not found in job ${jobId}`);
