import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app/create-core.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';
import { hashTree } from '../../support/hash-tree.js';

const work = mkdtempSync(join(tmpdir(), 'shootdesk-same-card-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the same card imported twice', () => {
  it('from another mount path and from a copy on the laptop: recognised, not registered or reported again', async () => {
    const manifest = await generateShoot(join(work, 'card'), { seed: 41, subjects: 4, photosPerSubject: [2, 3], traps: [] });
    const names = join(work, 'names.csv');
    await writeNamesCsv(manifest, names);
    const dbPath = join(work, 'store.sqlite');
    const core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: () => undefined });
    const count = (): number => {
      const db = new Database(dbPath, { readonly: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM photos').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    try {
      const first = await core.handlers['sort.run']({ folder: manifest.root, job: 'Twice', names });
      const registered = count();
      expect(first.review).toEqual([]);

      // The reader mounts the card at another path; the photographer also copied it to the laptop (one level up).
      symlinkSync(manifest.root, join(work, 'EOS_DIGITAL'));
      cpSync(join(manifest.root, 'cam-a'), join(work, 'laptop', 'Spring', 'cam-a'), { recursive: true });
      const before = await hashTree(join(work, 'laptop'));
      const remounted = await core.handlers['sort.run']({ folder: join(work, 'EOS_DIGITAL'), job: 'Twice', names });
      const copied = await core.handlers['sort.run']({ folder: join(work, 'laptop'), job: 'Twice', names });
      expect(count()).toBe(registered);
      for (const report of [remounted, copied]) {
        expect(report.review).toEqual([]);
        expect(report.galleries.map((g) => [g.code, g.photos.length, g.cards.length])).toEqual(first.galleries.map((g) => [g.code, g.photos.length, g.cards.length]));
      }
      expect(await hashTree(join(work, 'laptop'))).toEqual(before);

      // A file of the same name and size but other content is another photo: it is registered.
      const [file] = manifest.files.filter((f) => f.path.startsWith('cam-a/') && f.expected.kind === 'photo');
      if (!file) throw new Error('no photo in cam-a');
      const path = join(work, 'laptop', 'Spring', file.path);
      const bytes = Buffer.from(await import('node:fs/promises').then((fs) => fs.readFile(path)));
      const last = bytes.length - 3;
      bytes[last] = (bytes[last] ?? 0) ^ 0xff;
      writeFileSync(join(work, 'laptop', 'Spring', `${file.path}`), bytes);
      await core.handlers['sort.run']({ folder: join(work, 'laptop'), job: 'Twice', names });
      expect(count()).toBe(registered);
      cpSync(join(work, 'laptop', 'Spring', 'cam-a'), join(work, 'laptop2', 'cam-a'), { recursive: true });
      await core.handlers['sort.run']({ folder: join(work, 'laptop2'), job: 'Twice', names });
      expect(count()).toBe(registered + 1);
    } finally {
      await core.close();
    }
  });
});
