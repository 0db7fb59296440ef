// Every input the API accepts, as zod schemas: the routes parse with them, the store receives what they give.
import { z } from 'zod';
import { JOB_STATUSES } from '../../shared/domain.js';

/** A client-made id (a job's sync id, a subject's or photo's id on the desktop). */
export const clientId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1-64 letters, digits, _ or -');

/** Access codes are case-insensitive (design.md §1): the server keeps and compares them upper-cased. */
export const accessCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'expected 1-64 letters, digits or -')
  .transform((code) => code.toUpperCase());

export const jobParams = z.object({ jobId: clientId });
export const subjectParams = z.object({ jobId: clientId, subjectId: clientId });
export const photoParams = z.object({ jobId: clientId, photoId: clientId });
export const activationParams = z.object({ jobId: clientId, code: accessCode });

const text = (max: number) => z.string().max(max);

export const jobBody = z.strictObject({ name: text(200).min(1), status: z.enum(JOB_STATUSES) });
export type JobBody = z.infer<typeof jobBody>;

export const subjectBody = z.strictObject({
  firstName: text(200),
  lastName: text(200),
  group: text(200),
  code: accessCode,
});
export type SubjectBody = z.infer<typeof subjectBody>;

export const photoBody = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
  size: z.number().int().min(0),
  fileName: text(255).min(1),
  album: text(200).min(1),
  kind: z.enum(['photo', 'card']),
  hidden: z.boolean(),
  subjects: z.array(clientId).max(100),
});
export type PhotoBody = z.infer<typeof photoBody>;

export const activationBody = z.strictObject({ activated: z.boolean() });

/** What a tus upload's metadata must carry: which photo record the bytes are for, and their hash. */
export const uploadMetadata = z.object({ jobId: clientId, photoId: clientId, sha256: photoBody.shape.sha256 });
