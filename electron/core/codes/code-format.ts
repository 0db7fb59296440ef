import { CODE_LENGTH } from './generate-code.js';
import { isGeneratedCode } from './code-shape.js';

type CharClass = 'letters' | 'digits' | 'hyphens';

/**
 * The shapes a job's codes come in: the codes Shootdesk generates, and per length the kinds of
 * character the names list's own codes use. A word on a poster (`…/events`) is code-shaped, but not
 * in this format, so it cannot open or hold a gallery (design §2.6).
 */
export interface CodeFormat {
  /** Per code length, the character classes the names list uses at that length. */
  listed: ReadonlyMap<number, ReadonlySet<CharClass>>;
}

/** The format of a job whose names list holds these (normalised) codes; an empty list means blank cards. */
export function codeFormatOf(listCodes: Iterable<string>): CodeFormat {
  const listed = new Map<number, Set<CharClass>>();
  for (const code of listCodes) {
    const classes = listed.get(code.length) ?? new Set<CharClass>();
    for (const c of classesOf(code)) classes.add(c);
    listed.set(code.length, classes);
  }
  return { listed };
}

/** Whether a normalised code is in the job's format. */
export function fitsCodeFormat(format: CodeFormat, code: string): boolean {
  if (isGeneratedCode(code)) return true;
  const classes = format.listed.get(code.length);
  return classes !== undefined && classesOf(code).every((c) => classes.has(c));
}

/** For a message: what the job's codes look like. */
export function describeCodeFormat(format: CodeFormat): string {
  const shapes = [`${CODE_LENGTH} letters and digits as Shootdesk prints them`];
  for (const [length, classes] of [...format.listed].sort(([a], [b]) => a - b)) {
    shapes.push(`${length} ${[...classes].sort().join(', ').replace(/, ([^,]+)$/, ' and $1')} as in the names list`);
  }
  return `this job's codes have ${[...new Set(shapes)].join('; or ')}`;
}

function classesOf(code: string): CharClass[] {
  const classes: CharClass[] = [];
  if (/[A-Z]/.test(code)) classes.push('letters');
  if (/\d/.test(code)) classes.push('digits');
  if (code.includes('-')) classes.push('hyphens');
  return classes;
}
