import { customerView, type CustomerState } from '../../../shared/customer-view.js';
import type { JobRow } from '../db/jobs.js';
import type { Db } from '../db/open-db.js';
import { buildReport } from '../jobs/build-report.js';
import { inSchoolOrder } from '../../../shared/names/school-order.js';
import { listSubjectsWithCounts } from '../tagging/list-subjects.js';

export interface PreflightEntry {
  code: string;
  subject: { firstName: string; lastName: string; group: string; spare: boolean };
  state: CustomerState;
  message: string;
  /** Photos the customer would see in the gallery. */
  photos: number;
}

export type PreflightFix = 'set-selling' | 'activate' | 'deactivate' | 'show-photos' | 'review';

export interface PreflightWarning {
  message: string;
  /** The one step that clears it. */
  fix: PreflightFix;
  /** The codes (activate, deactivate) or photos (show-photos) the fix applies to. */
  items: string[];
}

export interface Preflight {
  entries: PreflightEntry[];
  counts: Record<CustomerState, number>;
  warnings: PreflightWarning[];
}

/**
 * What each customer will see when the job goes live, code by code (shared/customer-view.ts, the
 * rule the shop answers with), and what is likely wrong, each with the step that fixes it.
 */
export function preflight(db: Db, job: JobRow, folder: string): Preflight {
  // The visible photos per subject by the galleries' own rule, so the pre-flight and the galleries never disagree.
  const subjects = inSchoolOrder(listSubjectsWithCounts(db, job.id));
  const entries = subjects.map((row): PreflightEntry => {
    const view = customerView({ exists: true, retired: false, jobStatus: job.status, activated: row.activated, visiblePhotos: row.photos });
    return { code: row.code, subject: { firstName: row.firstName, lastName: row.lastName, group: row.group, spare: row.spare }, ...view, photos: row.photos };
  });
  const counts: Record<CustomerState, number> = { gallery: 0, 'almost-ready': 0, 'incorrect-code': 0, archived: 0 };
  for (const entry of entries) counts[entry.state] += 1;

  const warnings: PreflightWarning[] = [];
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  if (job.status === 'planning') {
    warnings.push({ message: 'The job is still planning: every customer sees “almost ready”. Set it to selling when the galleries should go live.', fix: 'set-selling', items: [] });
  }
  const notActivated = subjects.filter((row) => !row.activated && row.photos > 0).map((row) => row.code);
  if (notActivated.length > 0) {
    warnings.push({ message: `${plural(notActivated.length, 'code has', 'codes have')} photos but ${notActivated.length === 1 ? 'is' : 'are'} not activated: ${notActivated.length === 1 ? 'its customer sees' : 'their customers see'} “almost ready”.`, fix: 'activate', items: notActivated });
  }
  const empty = subjects.filter((row) => row.activated && row.photos === 0).map((row) => row.code);
  if (empty.length > 0) {
    warnings.push({ message: `${plural(empty.length, 'activated code has', 'activated codes have')} no visible photo: ${empty.length === 1 ? 'its customer sees' : 'their customers see'} “almost ready” however long they wait.`, fix: 'deactivate', items: empty });
  }
  const report = buildReport(db, job, folder, [], 0);
  const indexOf = new Map(report.galleries.map((gallery) => [gallery.code, gallery.index]));
  const hiddenIndexCodes = new Set(
    db
      .prepare('SELECT c.code FROM subjects s JOIN access_codes c ON c.subject_id = s.id JOIN photos p ON p.id = s.index_photo_id WHERE s.job_id = ? AND p.hidden = 1')
      .pluck()
      .all(job.id) as string[],
  );
  const hiddenIndex = subjects
    .filter((row) => hiddenIndexCodes.has(row.code))
    .map((row) => indexOf.get(row.code))
    .filter((photo): photo is string => typeof photo === 'string');
  if (hiddenIndex.length > 0) {
    warnings.push({ message: `${plural(hiddenIndex.length, 'gallery’s index photo is', 'galleries’ index photos are')} hidden by hand: the gallery's cover, its pupil's first portrait, is missing.`, fix: 'show-photos', items: hiddenIndex });
  }
  const held = report.review.reduce((n, group) => n + group.photos.length, 0) + report.unassigned.length;
  if (held > 0) warnings.push({ message: `${plural(held, 'photo is', 'photos are')} still held for review: no customer sees ${held === 1 ? 'it' : 'them'} until assigned.`, fix: 'review', items: [] });
  return { entries, counts, warnings };
}
