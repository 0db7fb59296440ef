const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Subjects as the school lists them: the names list's pupils by class, last name and first name
 * (letters as the language sorts them, "2B" before "10A"), then the spares in the order they came.
 */
export function inSchoolOrder<T extends { firstName: string; lastName: string; group: string; spare: boolean }>(subjects: readonly T[]): T[] {
  const listed = subjects
    .filter((subject) => !subject.spare)
    .sort((a, b) => byName.compare(a.group, b.group) || byName.compare(a.lastName, b.lastName) || byName.compare(a.firstName, b.firstName));
  return [...listed, ...subjects.filter((subject) => subject.spare)];
}
