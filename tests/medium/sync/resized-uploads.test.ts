import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app/create-core.js';
import { UPLOAD_LONG_EDGE, uploadCopyPath } from '../../../electron/core/media/upload-copy.js';
import { hashTree } from '../../support/hash-tree.js';
import { unlockShoot } from '../../support/shoot/generate-shoot.js';
import { copyStore, JOB, prepareSellingJob, type SellingJob } from '../../support/sync/selling-job.js';
import { startServer, tokenFor, type RunningServer } from '../../server/support/server.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Uploads resized to the shop's recommended size: the shop gets copies 3,500 px on the long edge,
 * made in the cache, and declared by their own hash; the originals stay as they were, byte for byte;
 * and a photo sent resized stays so when the setting changes afterwards.
 */
describe('resized uploads', () => {
  let work: string;
  let job: SellingJob;
  let cacheDir: string;
  let shop: RunningServer;
  let token: string;
  let core: Core;
  let originals: Record<string, string>;
  const served = async (): Promise<Map<string, Buffer>> => {
    const report = await core.handlers['galleries.get']({ job: JOB });
    const bytes = new Map<string, Buffer>();
    for (const gallery of report.galleries) {
      const answer = (await (await fetch(new URL(`/api/gallery/${gallery.code}`, shop.url))).json()) as { photos: { url: string }[] };
      for (const photo of answer.photos) bytes.set(photo.url, Buffer.from(await (await fetch(new URL(photo.url, shop.url))).arrayBuffer()));
    }
    return bytes;
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shootdesk-resized-'));
    // Larger than the shop's size, as camera files are.
    job = await prepareSellingJob(work, { seed: 64, subjects: 3, photosPerSubject: [2, 2], width: 4800, height: 3200 });
    originals = await hashTree(job.manifest.root);
    cacheDir = join(work, 'cache');
    core = createCore({ dbPath: await copyStore(job, join(work, 'desk.sqlite')), cacheDir, emit: () => undefined });
    shop = await startServer();
    token = await tokenFor(shop.dataDir, 'hillside-photo');
  }, 180_000);
  afterAll(async () => {
    await core.close();
    await shop.stop();
    await unlockShoot(job.manifest);
    rmSync(work, { recursive: true, force: true });
    rmSync(shop.dataDir, { recursive: true, force: true });
  });

  it('sends each gallery photo as its copy from the cache, 3,500 px long, and leaves the originals untouched', async () => {
    await core.handlers['sync.settings.set']({ server: shop.url, token, parallel: 2, uploadSize: 'resized' });
    expect(await core.handlers['sync.run']({})).toMatchObject({ left: 0, offline: false, problems: [] });

    const report = await core.handlers['galleries.get']({ job: JOB });
    const shown = [...new Set(report.galleries.flatMap((gallery) => gallery.photos))];
    const copies = new Map(shown.map((name) => [sha256(readFileSync(uploadCopyPath(cacheDir, sha256(readFileSync(join(job.manifest.root, name)))))), name]));
    const atShop = [...(await served()).values()];
    expect(atShop).toHaveLength(shown.length);
    for (const bytes of atShop) {
      const name = copies.get(sha256(bytes));
      expect(name, 'the shop holds a copy made here').toBeDefined();
      expect(bytes.length).toBeLessThan(readFileSync(join(job.manifest.root, name ?? '')).length);
      const { width, height, format } = await sharp(bytes).metadata();
      expect({ long: Math.max(width, height), format }).toEqual({ long: UPLOAD_LONG_EDGE, format: 'jpeg' });
    }
    expect(await hashTree(job.manifest.root)).toEqual(originals);
  }, 120_000);

  it('keeps sending a photo as the copy the shop holds after the setting went back to originals', async () => {
    const before = await served();
    await core.handlers['sync.settings.set']({ server: shop.url, parallel: 2, uploadSize: 'original' });
    const report = await core.handlers['galleries.get']({ job: JOB });
    const photo = report.galleries[0]?.photos[0];
    if (!photo) throw new Error('a gallery photo expected');
    // Hidden and shown again: its record goes to the shop twice more, each time declaring the bytes it holds.
    await core.handlers['photos.setHidden']({ job: JOB, photos: [photo], hidden: true });
    expect(await core.handlers['sync.run']({})).toMatchObject({ left: 0, problems: [] });
    await core.handlers['photos.setHidden']({ job: JOB, photos: [photo], hidden: false });
    expect(await core.handlers['sync.run']({})).toMatchObject({ left: 0, problems: [] });
    expect([...(await served()).values()].map(sha256).sort()).toEqual([...before.values()].map(sha256).sort());
    expect(await hashTree(job.manifest.root)).toEqual(originals);
  }, 60_000);
});
