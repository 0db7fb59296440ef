import type { z } from 'zod';
import { Refusal } from './refusal.js';

/** Validates one part of a request (`where`: body, params, a header) and names the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? `${where}.${issue.path.join('.')}` : where;
  throw new Refusal(400, 'invalid-input', `${field}: ${issue?.message ?? 'invalid'}`);
}
