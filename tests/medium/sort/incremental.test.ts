import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app/create-core.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';
import { withoutTiming } from '../../support/without-timing.js';

const work = mkdtempSync(join(tmpdir(), 'shootdesk-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('importing a folder that grows', () => {
  it('adds only the new files and ends where one import of the whole folder ends', async () => {
    const manifest = await generateShoot(join(work, 'full'), { seed: 31, subjects: 8, photosPerSubject: [2, 4], traps: ['counter-wrap', 'duplicate'] });
    const names = join(work, 'names.csv');
    await writeNamesCsv(manifest, names);
    const growing = join(work, 'growing');
    // First the second camera's card only, as on a hot folder mid-shoot; then the first camera's card arrives.
    cpSync(join(manifest.root, 'cam-b'), join(growing, 'cam-b'), { recursive: true });

    const open = (name: string) => createCore({ dbPath: join(work, `${name}.sqlite`), cacheDir: join(work, 'cache'), emit: () => undefined });
    const incremental = open('incremental');
    const whole = open('whole');
    try {
      const first = await incremental.handlers['sort.run']({ folder: growing, job: 'Grow', names });
      expect(first.galleries.length).toBeGreaterThan(0);
      expect(first.stats.files).toBe(manifest.files.filter((f) => f.path.startsWith('cam-b/')).length);

      cpSync(join(manifest.root, 'cam-a'), join(growing, 'cam-a'), { recursive: true });
      const second = await incremental.handlers['sort.run']({ folder: growing, job: 'Grow', names });
      cpSync(join(manifest.root, 'cam-a'), join(work, 'all', 'cam-a'), { recursive: true });
      cpSync(join(manifest.root, 'cam-b'), join(work, 'all', 'cam-b'), { recursive: true });
      const reference = await whole.handlers['sort.run']({ folder: join(work, 'all'), job: 'Grow', names });
      expect(withoutTiming(second)).toEqual(withoutTiming(reference));
      // Galleries of the first import are unchanged by the second.
      for (const gallery of first.galleries) expect(second.galleries.find((g) => g.code === gallery.code)).toEqual(gallery);
    } finally {
      await incremental.close();
      await whole.close();
    }
  });
});
