import { z } from 'zod';

/** Enough to catch a name or a phone number in the email column; the shop checks the rest. */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const nameText = (what: string) => z.string().trim().min(1, `the ${what} cannot be empty`).max(200, `the ${what} is longer than 200 characters`);
const detailText = z.string().trim().max(200);

/**
 * What a photographer may correct of a subject by hand, each field on its own. The contract checks
 * an edit with these, and the names table checks a cell with the same ones before it sends it, so
 * a refusal reads the same wherever it comes from. '' clears an email, phone or pupil id.
 */
export const subjectEdits = z.object({
  firstName: nameText('first name').optional(),
  lastName: nameText('last name').optional(),
  group: detailText.optional(),
  grade: detailText.optional(),
  email: z
    .string()
    .trim()
    .max(320)
    .refine((value) => value === '' || EMAIL_SHAPE.test(value), { error: (issue) => `"${String(issue.input)}" is not an email address` })
    .optional(),
  phone: detailText.optional(),
  externalId: detailText.optional(),
});

export type SubjectEdits = z.infer<typeof subjectEdits>;
export type EditableField = keyof SubjectEdits;
