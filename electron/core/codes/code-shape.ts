import { CODE_ALPHABET, CODE_LENGTH } from './generate-code.js';

/**
 * ASCII only, checked before upper-casing: `toUpperCase` turns "ß" into "SS" and leaves
 * full-width or Cyrillic look-alikes in place, none of which a parent can type back.
 */
const CODE_SHAPE = /^[A-Za-z0-9-]{4,32}$/;
const GENERATED_CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/**
 * The access code written in `text` (trimmed, upper case: codes are case-insensitive), or null
 * when it is not shaped like one. Cards, names lists and typed codes all go through here, so a
 * code reads the same wherever it comes from.
 */
export function normaliseCode(text: string): string | null {
  const trimmed = text.trim();
  return CODE_SHAPE.test(trimmed) && /[A-Za-z0-9]/.test(trimmed) ? trimmed.toUpperCase() : null;
}

/**
 * Exactly what Shootdesk prints on blank cards. Only such a code may create a spare subject:
 * a poster URL ending in a code-like word (`…/EVENTS`) must not open a gallery of its own.
 */
export function isGeneratedCode(code: string): boolean {
  return GENERATED_CODE.test(code);
}
