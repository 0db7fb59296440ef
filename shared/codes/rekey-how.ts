/**
 * How a job's codes are re-keyed: the same codes with a suffix or a prefix (the year, the school's
 * initials), which a parent who kept the old card recognises, or new random codes.
 */
export type RekeyHow = { suffix: string } | { prefix: string } | { regenerate: true; length?: number | undefined };

/** The longest affix: a code stays short enough to type and to read off a card. */
export const MAX_AFFIX = 8;

/**
 * The affix as it will be printed (upper case: codes are case-insensitive), or null when it is not
 * one. ASCII letters, digits and inner hyphens only, checked before upper-casing (see code-shape.ts).
 */
export function normaliseAffix(text: string): string | null {
  const trimmed = text.trim();
  return new RegExp(`^[A-Za-z0-9](?:[A-Za-z0-9-]{0,${MAX_AFFIX - 2}}[A-Za-z0-9])?$`).test(trimmed) ? trimmed.toUpperCase() : null;
}
