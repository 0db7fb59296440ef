import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/api/contract.js';
import { createCore } from '../../../electron/core/app/create-core.js';
import { withoutTiming } from '../../support/without-timing.js';
import { generateShoot } from '../../support/shoot/generate-shoot.js';
import type { ShootManifest } from '../../support/shoot/manifest.js';

describe('progress and cancel', () => {
  let work: string;
  let manifest: ShootManifest;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-cancel-'));
    manifest = await generateShoot(join(work, 'shoot'), { seed: 21, subjects: 10, photosPerSubject: [3, 4] });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reports progress per photo, stops on cancel keeping finished work, and the next run completes it', async () => {
    const dbPath = join(work, 'cancel.sqlite');
    const events: EventPayload<'scan.progress'>[] = [];
    const core = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: (event, payload) => event === 'scan.progress' && events.push(payload as EventPayload<'scan.progress'>) });
    const cancelledAt = new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (events.filter((e) => e.stage === 'analyse').length >= 8) {
          clearInterval(timer);
          void core.handlers['sort.cancel']({}).then(() => resolve());
        }
      }, 5);
    });
    await expect(core.handlers['sort.run']({ folder: manifest.root, job: 'Cancel me' })).rejects.toThrow(/cancelled.*run it again/);
    await cancelledAt;
    await core.close();

    const analyse = events.filter((e) => e.stage === 'analyse');
    expect(events[0]?.stage).toBe('walk');
    expect(analyse.every((e, i) => i === 0 || e.done >= (analyse[i - 1]?.done ?? 0))).toBe(true);
    expect(analyse.every((e) => e.total === manifest.files.length && e.rate >= 0)).toBe(true);
    expect(events.some((e) => e.stage === 'split')).toBe(false);

    const db = new Database(dbPath, { readonly: true });
    const done = (db.prepare('SELECT count(*) AS n FROM photos WHERE qr_at IS NOT NULL').get() as { n: number }).n;
    const links = (db.prepare('SELECT count(*) AS n FROM photo_subjects').get() as { n: number }).n;
    db.close();
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(manifest.files.length);
    expect(links).toBe(0);

    const resumed = createCore({ dbPath, cacheDir: join(work, 'cache'), emit: () => undefined });
    const fresh = createCore({ dbPath: join(work, 'fresh.sqlite'), cacheDir: join(work, 'cache-fresh'), emit: () => undefined });
    try {
      const [after, reference] = [
        await resumed.handlers['sort.run']({ folder: manifest.root, job: 'Cancel me' }),
        await fresh.handlers['sort.run']({ folder: manifest.root, job: 'Cancel me' }),
      ];
      expect(withoutTiming(after)).toEqual(withoutTiming(reference));
      expect(after.galleries.length).toBe(10);
    } finally {
      await resumed.close();
      await fresh.close();
    }
  });

  it('refuses a second sort while one runs', async () => {
    const core = createCore({ dbPath: join(work, 'twice.sqlite'), cacheDir: join(work, 'cache'), emit: () => undefined });
    try {
      const first = core.handlers['sort.run']({ folder: manifest.root, job: 'Twice' });
      await expect(core.handlers['sort.run']({ folder: manifest.root, job: 'Twice' })).rejects.toThrow('a sort is already running');
      await first;
    } finally {
      await core.close();
    }
  });
});
