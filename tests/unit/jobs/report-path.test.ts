import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportPath } from '../../../electron/core/jobs/report-path.js';

/** What the report has always named a file: the path from the folder, '/'-separated. */
const byRelative = (folder: string, root: string, relPath: string): string => relative(folder, join(root, relPath)).split(sep).join('/');

describe('reportPath', () => {
  const cases: [what: string, folder: string, root: string, relPath: string, expected: string][] = [
    ['the folder itself', '/shoot/day', '/shoot/day', 'cam-a/IMG_0001.JPG', 'cam-a/IMG_0001.JPG'],
    ['a folder inside it', '/shoot/day', '/shoot/day/card2', 'IMG_0001.JPG', 'card2/IMG_0001.JPG'],
    ['a sibling folder', '/shoot/day', '/shoot/card2', 'DCIM/IMG_0001.JPG', '../card2/DCIM/IMG_0001.JPG'],
    ['a folder elsewhere', '/shoot/day', '/media/CARD/DCIM', '100CANON/IMG_0001.JPG', '../../media/CARD/DCIM/100CANON/IMG_0001.JPG'],
    ['a root around the folder, file inside the folder', '/shoot/day/cam-a', '/shoot/day', 'cam-a/IMG_0001.JPG', 'IMG_0001.JPG'],
    ['a root around the folder, file beside it', '/shoot/day/cam-a', '/shoot/day', 'cam-b/IMG_0001.JPG', '../cam-b/IMG_0001.JPG'],
    ['a root two levels up, file deep inside the folder', '/shoot/day/cam-a', '/shoot', 'day/cam-a/100/IMG_0001.JPG', '100/IMG_0001.JPG'],
    ['a name that starts like the folder', '/shoot/day', '/shoot/day-2', 'IMG_0001.JPG', '../day-2/IMG_0001.JPG'],
  ];
  it.each(cases)('names a file of %s as relative() does', (_what, folder, root, relPath, expected) => {
    expect(reportPath(folder, root, relPath)).toBe(expected);
    expect(reportPath(folder, root, relPath)).toBe(byRelative(folder, root, relPath));
  });
});
