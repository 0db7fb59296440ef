import type { RekeyHow } from '../../../shared/codes/rekey-how.js';
import { outputPath, writeWhole } from '../app/write-output.js';
import { codeExists, replaceCode } from '../db/access-codes.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { listSubjects, type SubjectWithCode } from '../db/subjects.js';
import { inSchoolOrder } from '../../../shared/names/school-order.js';
import { CODE_LENGTH, generateCode } from './generate-code.js';
import { rekeyedCode } from './rekeyed-code.js';

export interface Rekeyed {
  /** Every code of the job, old and new, pupils in school order, then the walk-up cards. */
  codes: { old: string; code: string; firstName: string; lastName: string; group: string }[];
  /** Of them, codes that were activated, and are under their new code. */
  activated: number;
  mapFile: string | null;
}

/** Collisions named in a message; the rest are counted. */
const SHOWN = 5;

/**
 * Gives every subject of the job a new code, in one transaction, all or none: the recovery path
 * when the shop retired the job's codes (the job was deleted there by mistake). Photos stay linked
 * (links are to the subject, not its code), old cards in the shoot still open their pupil's gallery,
 * and no new code is one any job ever had, retired ones included. With `mapFile`, the old → new
 * mapping is written there as CSV for the school and the shop.
 */
export async function rekeyJob(db: Db, job: JobRow, how: RekeyHow, mapFile?: string): Promise<Rekeyed> {
  const mapPath = mapFile === undefined ? null : await outputPath(db, mapFile, ['.csv'], 'code mapping');
  const codes = db.transaction(() => {
    const subjects = inSchoolOrder(listSubjects(db, job.id));
    if (subjects.length === 0) throw new Error(`job "${job.name}" has no codes to re-key`);
    const next = newCodes(db, subjects, how);
    subjects.forEach((subject, i) => replaceCode(db, job.id, job.name, subject.code, next[i] ?? ''));
    return subjects.map((subject, i) => ({ subject, code: next[i] ?? '' }));
  }).immediate();
  if (mapPath !== null) {
    const { codeMappingCsv } = await import('./code-mapping-csv.js');
    await writeWhole(mapPath, codeMappingCsv(codes.map(({ subject, code }) => ({ ...subject, old: subject.code, code }))));
  }
  return {
    codes: codes.map(({ subject: { code: old, firstName, lastName, group }, code }) => ({ old, code, firstName, lastName, group })),
    activated: codes.filter(({ subject }) => subject.activatedAt !== null).length,
    mapFile: mapPath,
  };
}

function newCodes(db: Db, subjects: readonly SubjectWithCode[], how: RekeyHow): string[] {
  const drawn = new Set<string>();
  if ('regenerate' in how) {
    return subjects.map(() => {
      const code = generateCode((candidate) => drawn.has(candidate) || codeExists(db, candidate), how.length ?? CODE_LENGTH);
      drawn.add(code);
      return code;
    });
  }
  const next = subjects.map((subject) => {
    const code = rekeyedCode(subject.code, how);
    if (code === null) throw new Error(`${subject.code} with ${'suffix' in how ? `the suffix "${how.suffix}"` : `the prefix "${how.prefix}"`} is no access code: use 1 to 8 letters or digits, and keep codes at most 32 long`);
    return code;
  });
  // A new code that is any code ever used (another job's, a retired one, or this job's own: `AB12` +
  // `12` is `AB1212`, which may be a pupil's code) refuses the whole re-key, never half of it.
  const taken = next.filter((code) => codeExists(db, code));
  if (taken.length > 0) {
    const shown = taken.slice(0, SHOWN).join(', ') + (taken.length > SHOWN ? ` and ${taken.length - SHOWN} more` : '');
    throw new Error(`re-keying would give codes already used by a job (retired ones count): ${shown}; choose another ${'suffix' in how ? 'suffix' : 'prefix'}`);
  }
  return next;
}
