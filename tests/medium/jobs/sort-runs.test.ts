import { describe, expect, it } from 'vitest';
import { findOrCreateJob } from '../../../electron/core/db/jobs.js';
import { openDatabase } from '../../../electron/core/db/open-db.js';
import { clearSortRun, listSortRuns, recordSortRun, renameSortRun, sortRunOf, sortRunProgress, type SortRun } from '../../../electron/core/jobs/sort-runs.js';

const AT = '2026-12-01T09:41:00.000Z';
const run = (change: Partial<SortRun> = {}): SortRun => ({ job: 'Spring', folder: '/shoot/A', names: undefined, pause: undefined, startedAt: AT, ...change });

describe('the record of sorts under way', () => {
  it.each([
    [{ names: '/lists/pupils.csv', pause: 20 }],
    [{ pause: 'auto' as const }],
    [{ pause: 2.5 }],
    [{}],
  ])('gives back the arguments it was started with: %o', (change) => {
    const db = openDatabase(':memory:');
    recordSortRun(db, run(change));
    expect(sortRunOf(db, 'spring')).toEqual(run(change));
    db.close();
  });

  it('keeps one per job (a new sort of it replaces one that stopped), follows a rename and is cleared', () => {
    const db = openDatabase(':memory:');
    recordSortRun(db, run());
    recordSortRun(db, run({ job: 'SPRING', folder: '/shoot/B', startedAt: '2026-12-01T10:00:00.000Z' }));
    recordSortRun(db, run({ job: 'Autumn', startedAt: '2026-12-01T08:00:00.000Z' }));
    expect(listSortRuns(db).map((r) => [r.job, r.folder])).toEqual([
      ['Autumn', '/shoot/A'],
      ['SPRING', '/shoot/B'],
    ]);
    // Once the sort has created its job, the job's own spelling.
    findOrCreateJob(db, 'Spring');
    expect(listSortRuns(db).map((r) => r.job)).toEqual(['Autumn', 'Spring']);
    renameSortRun(db, 'spring', 'Hillside Spring');
    expect(sortRunOf(db, 'Spring')).toBeUndefined();
    expect(sortRunOf(db, 'hillside spring')?.folder).toBe('/shoot/B');
    expect(clearSortRun(db, 'HILLSIDE SPRING')).toBe(true);
    expect(clearSortRun(db, 'Hillside Spring')).toBe(false);
    expect(listSortRuns(db).map((r) => r.job)).toEqual(['Autumn']);
    db.close();
  });

  it('counts the photos of its folder read and found, not those of other folders or jobs', () => {
    const db = openDatabase(':memory:');
    const spring = findOrCreateJob(db, 'Spring');
    const autumn = findOrCreateJob(db, 'Autumn');
    const album = (jobId: number) => db.prepare("INSERT INTO albums (job_id, name) VALUES (?, 'A') RETURNING id").pluck().get(jobId) as number;
    const photo = db.prepare("INSERT INTO photos (job_id, album_id, root, rel_path, size, created_at, qr_at) VALUES (?, ?, ?, ?, 1, '', ?)");
    const springAlbum = album(spring.id);
    const autumnAlbum = album(autumn.id);
    photo.run(spring.id, springAlbum, '/shoot/A', 'IMG_0001.JPG', AT);
    photo.run(spring.id, springAlbum, '/shoot/A', 'IMG_0002.JPG', AT);
    photo.run(spring.id, springAlbum, '/shoot/A', 'IMG_0003.JPG', null);
    photo.run(spring.id, springAlbum, '/shoot/B', 'IMG_0001.JPG', AT);
    photo.run(autumn.id, autumnAlbum, '/shoot/A', 'IMG_0001.JPG', AT);
    expect(sortRunProgress(db, 'spring', '/shoot/A')).toEqual({ analysed: 2, found: 3 });
    expect(sortRunProgress(db, 'Spring', '/shoot/C')).toEqual({ analysed: 0, found: 0 });
    expect(sortRunProgress(db, 'Winter', '/shoot/A')).toEqual({ analysed: 0, found: 0 });
    db.close();
  });
});
