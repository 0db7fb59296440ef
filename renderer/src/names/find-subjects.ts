import { inSchoolOrder } from '../../../shared/names/school-order';
import { foldText } from './fold-text';

interface Searchable {
  firstName: string;
  lastName: string;
  group: string;
  code: string;
  spare: boolean;
}

/** The subjects in school order, each with the folded text a search looks in: built once per list. */
export interface SearchIndex<T> {
  entries: { subject: T; text: string }[];
  groups: string[];
}

const byGroup = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function indexSubjects<T extends Searchable>(subjects: readonly T[]): SearchIndex<T> {
  const entries = inSchoolOrder(subjects).map((subject) => ({ subject, text: foldText(`${subject.firstName} ${subject.lastName} ${subject.group} ${subject.code}`) }));
  const groups = [...new Set(subjects.map((subject) => subject.group).filter((group) => group !== ''))].sort(byGroup.compare);
  return { entries, groups };
}

/**
 * The subjects whose name, class or code hold every word typed (in any order, accents and case
 * ignored: "zoe 2b" finds Zoë of class 2B), in one class when `group` is given.
 */
export function findSubjects<T extends Searchable>(index: SearchIndex<T>, query: string, group: string | null): T[] {
  const words = foldText(query).split(/\s+/).filter((word) => word !== '');
  return index.entries.filter(({ subject, text }) => (group === null || subject.group === group) && words.every((word) => text.includes(word))).map(({ subject }) => subject);
}
