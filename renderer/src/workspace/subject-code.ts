import type { SubjectRow } from '../store/workspace-slice';

/** How a subject reads in the assign field's suggestions: name, group, code. */
export function subjectLabel(subject: SubjectRow): string {
  return [`${subject.firstName} ${subject.lastName}`, subject.group, subject.code].filter(Boolean).join(' · ');
}

/**
 * The code a value typed in the assign field means: a picked suggestion, a full name that only one
 * subject has, or else the text as a code (spaces dropped, upper case). Core refuses an unknown,
 * retired or other job's code with its own message, so nothing here guesses further.
 */
export function codeOf(value: string, subjects: readonly SubjectRow[]): string | null {
  const typed = value.trim();
  if (typed === '') return null;
  const byLabel = subjects.find((s) => subjectLabel(s) === typed);
  if (byLabel) return byLabel.code;
  const needle = typed.toLowerCase().replaceAll(/\s+/g, ' ');
  const byName = subjects.filter((s) => `${s.firstName} ${s.lastName}`.toLowerCase() === needle);
  if (byName.length === 1 && byName[0]) return byName[0].code;
  return typed.replaceAll(/\s/g, '').toUpperCase();
}
