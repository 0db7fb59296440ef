import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app/create-core.js';
import { generateShoot, unlockShoot } from '../../support/shoot/generate-shoot.js';
import { writeNamesCsv } from '../../support/shoot/names-csv.js';
import { scoreReport } from '../../support/shoot/score-report.js';
import { trapsShootSpec } from '../../support/shoot/shoot-spec.js';

const work = mkdtempSync(join(tmpdir(), 'shootdesk-seeds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each seed draws its own timing, card looks, traps' places and names-list spelling.
describe.each([
  { seed: 11, variant: 'comma' as const },
  { seed: 12, variant: 'bom' as const },
  { seed: 13, variant: 'windows-1252' as const },
])('sorting the traps shoot of seed $seed (names list: $variant)', ({ seed, variant }) => {
  it('misassigns nothing, shows no card and finds ≥ 95% of the gallery photos', async () => {
    const manifest = await generateShoot(join(work, `shoot-${seed}`), trapsShootSpec({ seed }));
    const names = join(work, `names-${seed}.csv`);
    await writeNamesCsv(manifest, names, { variant });
    const core = createCore({ dbPath: join(work, `db-${seed}.sqlite`), cacheDir: join(work, 'cache'), emit: () => undefined });
    try {
      const report = await core.handlers['sort.run']({ folder: manifest.root, job: `Seed ${seed}`, names });
      const score = scoreReport(manifest, report);
      expect(score.misassigned).toEqual([]);
      expect(score.visibleCards).toEqual([]);
      expect(score.problems).toEqual([]);
      // Holding is only work, but it is measured: what the truth allows to be held (a photo without
      // capture time) is found where its camera's counter places it.
      expect(score.recall, score.missing.join('\n')).toBeGreaterThanOrEqual(0.99);
      expect(report.galleries.every((g) => g.subject.spare === false)).toBe(true);
    } finally {
      await core.close();
      await unlockShoot(manifest);
    }
  });
});
