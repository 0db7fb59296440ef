import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortReportSchema } from '../../../shared/api/contract.js';
import type { SortReport } from '../../../shared/domain.js';
import { runCli } from '../../support/run-cli.js';
import { renderJpeg } from '../../support/shoot/render-jpeg.js';
import { createRng } from '../../support/shoot/prng.js';
import { makeLook, makePose } from '../../support/shoot/scene.js';

const CODE = 'K7QX2MPA';
const BODY = { make: 'Canon', model: 'Canon EOS R6', serial: '032021001234' };

/**
 * A family shoot: one card, then photos with a 40-second pause in the middle while the family
 * regroups. By a school's rhythm that pause may hide a missed card; the photographer knows better.
 */
async function writeFamilyShoot(root: string): Promise<void> {
  const folder = join(root, 'DCIM', '100CANON');
  mkdirSync(folder, { recursive: true });
  const rng = createRng(5);
  const look = makeLook(rng);
  const frames: { second: number; card: boolean }[] = [
    { second: 0, card: true },
    { second: 4, card: false },
    { second: 8, card: false },
    { second: 48, card: false },
    { second: 52, card: false },
  ];
  for (const [i, frame] of frames.entries()) {
    const scene = frame.card
      ? { type: 'card' as const, look, pose: makePose(rng), card: { payloads: [CODE], rotation: 0, blur: 0, glare: 'none' as const } }
      : { type: 'portrait' as const, look, pose: makePose(rng) };
    const dateTime = `2024:05:14 10:00:${String(frame.second).padStart(2, '0')}`;
    const jpeg = await renderJpeg(scene, { width: 1200, height: 800, quality: 85, exif: { ...BODY, dateTime } });
    writeFileSync(join(folder, `IMG_${String(101 + i).padStart(4, '0')}.JPG`), jpeg);
  }
}

describe('the pause that means a new subject, set per job', () => {
  let work: string;
  const sort = async (...extra: string[]): Promise<SortReport> => {
    const run = await runCli(['sort', join(work, 'shoot'), '--job', 'Family day', '--db', join(work, 'store.sqlite'), '--json', ...extra], join(work, 'user-data'));
    expect(run.code).toBe(0);
    return sortReportSchema.parse(JSON.parse(run.stdout));
  };
  const photosOf = (report: SortReport): string[] => report.galleries.find((g) => g.code === CODE)?.photos ?? [];
  const held = (report: SortReport): string[] => report.review.flatMap((group) => group.photos);

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-pause-'));
    await writeFamilyShoot(join(work, 'shoot'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('learnt from the rhythm, a 40-second pause holds the photos after it', async () => {
    const report = await sort();
    expect(photosOf(report)).toEqual(['DCIM/100CANON/IMG_0102.JPG', 'DCIM/100CANON/IMG_0103.JPG']);
    expect(held(report)).toEqual(['DCIM/100CANON/IMG_0104.JPG', 'DCIM/100CANON/IMG_0105.JPG']);
  });

  it('set to a minute for the job, the family stays together, and the job keeps the setting', async () => {
    const expected = ['DCIM/100CANON/IMG_0102.JPG', 'DCIM/100CANON/IMG_0103.JPG', 'DCIM/100CANON/IMG_0104.JPG', 'DCIM/100CANON/IMG_0105.JPG'];
    const set = await sort('--pause', '60');
    expect(photosOf(set)).toEqual(expected);
    expect(held(set)).toEqual([]);
    expect(photosOf(await sort())).toEqual(expected);
  });

  it('set shorter than the pause, or back to auto, holds them again', async () => {
    expect(held(await sort('--pause', '30'))).toEqual(['DCIM/100CANON/IMG_0104.JPG', 'DCIM/100CANON/IMG_0105.JPG']);
    expect(held(await sort('--pause', 'auto'))).toEqual(['DCIM/100CANON/IMG_0104.JPG', 'DCIM/100CANON/IMG_0105.JPG']);
  });
});
