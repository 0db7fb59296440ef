import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWithJsqr, decodeWithZxing } from './decode-qr.js';
import { generateShoot, unlockShoot } from './generate-shoot.js';
import type { ManifestFile, ShootManifest } from './manifest.js';
import { BACKGROUND_QR_SIZE } from './plan-background-card.js';
import { FOREIGN_QR_PAYLOAD, POSTER_URL_PAYLOAD } from './plan-photos.js';
import { planShoot } from './plan-shoot.js';
import { renderJpeg } from './render-jpeg.js';
import type { Scene } from './scene.js';
import { resolveSpec, trapsShootSpec } from './shoot-spec.js';
import { TWIN_FOLDER } from './twin-cameras.js';

let dir: string;
let shoot: string;
let manifest: ShootManifest;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'shootdesk-shoot-'));
  shoot = path.join(dir, 'traps');
  manifest = await generateShoot(shoot, trapsShootSpec());
});

afterAll(async () => {
  if (manifest) await unlockShoot(manifest);
  await rm(dir, { recursive: true, force: true });
});

const fileOf = (file: ManifestFile): string => path.join(shoot, ...file.path.split('/'));
const byTrap = (trap: string): ManifestFile => {
  const file = manifest.files.find((f) => f.trap === trap);
  if (!file) throw new Error(`no file for trap ${trap}`);
  return file;
};
const plainCard = (): ManifestFile => {
  const file = manifest.files.find((f) => f.expected.kind === 'card' && f.expected.codes.length === 1 && f.trap === undefined);
  if (!file) throw new Error('no plain card');
  return file;
};

async function walk(root: string, rel = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  const nested = await Promise.all(entries.map(async (e) => (e.isDirectory() ? walk(root, `${rel}${e.name}/`) : [`${rel}${e.name}`])));
  return nested.flat();
}

describe('the traps shoot', () => {
  it('writes exactly the files of its manifest, 60 to 130 of them', async () => {
    const onDisk = await walk(shoot);
    const locked = manifest.lockedDirs.filter((d) => d.unreadable).map((d) => `${d.path}/`);
    const expected = manifest.files.map((f) => f.path).filter((p) => !locked.some((d) => p.startsWith(d)));
    expect(onDisk.sort()).toEqual(expected.sort());
    expect(manifest.files.length).toBeGreaterThanOrEqual(60);
    expect(manifest.files.length).toBeLessThanOrEqual(130);
  });

  it('writes camera EXIF that exifr reads back, body serial in tag 0xA431', async () => {
    const frames = manifest.files.filter((f) => f.takenAt !== undefined);
    for (const camera of manifest.cameras) {
      const frame = frames.find((f) => f.camera === camera.id);
      if (!frame) throw new Error(`no frame of camera ${camera.id}`);
      const tags = (await exifr.parse(fileOf(frame), { translateKeys: false, reviveValues: false })) as Record<number, unknown>;
      expect(tags[0x010f]).toBe(camera.make);
      expect(tags[0x0110]).toBe(camera.model);
      // A body without a serial number writes no tag, not an empty one.
      expect(tags[0xa431]).toBe(camera.serial === '' ? undefined : camera.serial);
      expect(tags[0x9003]).toBe(frame.takenAt);
      expect(tags[0x9291]).toMatch(/^\d\d$/);
    }
  });

  it('tells a burst apart only by SubSecTimeOriginal', async () => {
    const burst = manifest.files.filter((f) => f.trap === 'bursts').slice(0, 3);
    const tags = await Promise.all(burst.map(async (f) => (await exifr.parse(fileOf(f), ['DateTimeOriginal', 'SubSecTimeOriginal'])) as Record<string, unknown>));
    expect(new Set(burst.map((f) => f.takenAt)).size).toBe(1);
    expect(new Set(tags.map((t) => t.SubSecTimeOriginal)).size).toBe(3);
  });

  it('wraps camera A from IMG_9999 to IMG_0001 and sets camera B 7 minutes ahead', () => {
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toContain('cam-a/DCIM/100CANON/IMG_9999.JPG');
    expect(paths).toContain('cam-a/DCIM/100CANON/IMG_0001.JPG');
    expect(manifest.cameras.slice(0, 2).map((c) => c.clockOffsetSeconds)).toEqual([0, 420]);
  });

  it('leaves out capture time or all EXIF where the traps say so', async () => {
    const noTime = (await exifr.parse(fileOf(byTrap('no-capture-time')))) as Record<string, unknown>;
    expect(noTime.Make).toBeDefined();
    expect(noTime.DateTimeOriginal).toBeUndefined();
    expect(await exifr.parse(fileOf(byTrap('no-exif')))).toBeUndefined();
  });

  it('prints cards that jsQR decodes at 640 px', async () => {
    const card = plainCard();
    const payload = await decodeWithJsqr(fileOf(card));
    const code = card.expected.kind === 'card' ? card.expected.codes[0] : undefined;
    expect([code, `https://shop.example.com/g/${code}`]).toContain(payload);
  });

  it('glares cards so that no decoder reads them', async () => {
    const partial = fileOf(byTrap('glare-partial'));
    expect(await decodeWithJsqr(partial)).toBeUndefined();
    expect(await decodeWithJsqr(partial, 1200)).toBeUndefined();
    // ZXing may locate what the band leaves of the symbol (some tilts), never read it.
    expect((await decodeWithZxing(partial)).filter((symbol) => symbol.valid)).toEqual([]);
    expect(await decodeWithZxing(fileOf(byTrap('glare-blown')))).toEqual([]);
  });

  it('puts both siblings on one card and a foreign QR on a poster', async () => {
    const sibling = byTrap('sibling-card');
    const texts = (await decodeWithZxing(fileOf(sibling))).map((s) => s.text.replace('https://shop.example.com/g/', ''));
    expect(texts.sort()).toEqual(sibling.expected.kind === 'card' ? [...sibling.expected.codes].sort() : []);
    expect(await decodeWithJsqr(fileOf(byTrap('foreign-qr')))).toBe(FOREIGN_QR_PAYLOAD);
  });

  it('breaks the broken files', async () => {
    expect((await stat(fileOf(byTrap('zero-byte')))).size).toBe(0);
    await expect(sharp(fileOf(byTrap('truncated'))).raw().toBuffer()).rejects.toThrow();
    await expect(sharp(fileOf(byTrap('text-as-jpeg'))).metadata()).rejects.toThrow();
    const bomb = await sharp(fileOf(byTrap('pixel-bomb'))).metadata();
    expect([bomb.format, bomb.width, bomb.height]).toEqual(['jpeg', 12000, 10000]);
    expect((await sharp(fileOf(byTrap('heic'))).metadata()).format).toBe('heif');
    const copy = byTrap('duplicate');
    const original = copy.expected.kind === 'duplicate' ? copy.expected.of : '';
    expect(await readFile(fileOf(copy))).toEqual(await readFile(path.join(shoot, original)));
  });

  it('locks a folder and records whether that blocks reading here', () => {
    const [locked] = manifest.lockedDirs;
    expect(locked?.path).toBe('cam-a/DCIM/101CANON');
    const inside = manifest.files.filter((f) => f.trap === 'unreadable-dir');
    expect(inside.length).toBeGreaterThan(0);
    for (const file of inside) expect(file.expected.kind === 'error').toBe(locked?.unreadable);
  });
});

describe('the traps of a hostile school day', () => {
  const plan = planShoot(resolveSpec(trapsShootSpec()));
  const sceneOf = (file: ManifestFile): Scene => {
    const content = plan.files.find((f) => f.path === file.path)?.content;
    if (content?.type !== 'jpeg') throw new Error(`${file.path} is no rendered frame`);
    return content.scene;
  };
  const payloadBehind = (file: ManifestFile): string => sceneOf(file).backgroundCard?.payload ?? '';
  const valid = (symbols: { text: string; valid: boolean; side: number }[]) => symbols.filter((s) => s.valid);

  it('shows the next pupil’s card small but readable beside a subject, much smaller than the cards held up', async () => {
    const shown = manifest.files.find((f) => f.trap === 'background-card' && f.card);
    if (!shown) throw new Error('no background card');
    const [small, ...others] = valid(await decodeWithZxing(fileOf(shown)));
    expect([small?.text, others]).toEqual([payloadBehind(shown), []]);
    const [card] = valid(await decodeWithZxing(fileOf(plainCard())));
    expect(small?.side).toBeLessThan((card?.side ?? 0) * 0.25);
    expect(small?.side).toBeGreaterThan(BACKGROUND_QR_SIZE * 0.8);
  });

  it('shows a small card behind a card held up, both readable', async () => {
    const card = byTrap('background-card-on-card');
    const symbols = valid(await decodeWithZxing(fileOf(card))).sort((a, b) => b.side - a.side);
    const own = card.expected.kind === 'card' ? card.expected.codes[0] : undefined;
    expect(symbols.map((s) => s.text.replace('https://shop.example.com/g/', ''))).toEqual([own, payloadBehind(card)]);
    expect(symbols[1]?.side).toBeLessThan((symbols[0]?.side ?? 0) * 0.25);
  });

  it('reads the small card at the bench size too, shrunk to the 1200-px frame the core decodes a 24-MP JPEG to', async () => {
    const shown = manifest.files.find((f) => f.trap === 'background-card' && f.card);
    const big = await renderJpeg(sceneOf(shown as ManifestFile), { width: 6000, height: 4000, quality: 90, exif: null });
    expect(valid(await decodeWithZxing(big, 1200)).map((s) => s.text)).toEqual([payloadBehind(shown as ManifestFile)]);
  });

  it('writes capture times that go back when camera B’s clock is set back', async () => {
    const frames = manifest.files.filter((f) => f.camera === 'B' && f.takenAt !== undefined);
    const at = frames.findIndex((f) => f.trap === 'clock-set-back');
    const times = await Promise.all([frames[at - 1], frames[at]].map(async (f) => ((await exifr.parse(fileOf(f as ManifestFile), ['DateTimeOriginal'])) as { DateTimeOriginal: Date }).DateTimeOriginal));
    expect(times[1]?.getTime()).toBeLessThan(times[0]?.getTime() ?? 0);
    // Back past at least one card of an earlier subject (or this subject's own card).
    const cards = frames.slice(0, at).filter((f) => f.card && f.trap !== 'background-card');
    expect(cards.some((f) => (f.takenAt ?? '') > (frames[at]?.takenAt ?? ''))).toBe(true);
  });

  it('hangs a poster with a URL ending in a word, and glares the quick handovers’ cards past every decoder', async () => {
    expect(await decodeWithJsqr(fileOf(byTrap('poster-url')))).toBe(POSTER_URL_PAYLOAD);
    const cards = manifest.files.filter((f) => f.card && f.trap === 'quick-handover-glare');
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      expect(await decodeWithJsqr(fileOf(card))).toBeUndefined();
      expect(await decodeWithJsqr(fileOf(card), 1200)).toBeUndefined();
      // ZXing may locate a symbol with two finder patterns left (the hot spot), never read it.
      expect((await decodeWithZxing(fileOf(card))).filter((symbol) => symbol.valid)).toEqual([]);
    }
  });

  it('copies the twin bodies into one folder, renaming colliding names as Windows Explorer does', async () => {
    const twins = manifest.files.filter((f) => f.trap === 'twin-bodies');
    expect(new Set(twins.map((f) => path.posix.dirname(f.path)))).toEqual(new Set([TWIN_FOLDER]));
    expect((await readdir(path.join(shoot, TWIN_FOLDER))).sort()).toEqual(twins.map((f) => path.posix.basename(f.path)).sort());
    // Overlapping counters (all held as mixed-cameras) collide; disjoint ones do not.
    const renamed = twins.filter((f) => f.path.endsWith(' (2).JPG'));
    expect(renamed.length > 0).toBe(twins.every((f) => f.expected.kind === 'review'));
    for (const file of renamed) expect(await readFile(fileOf(file))).not.toEqual(await readFile(path.join(shoot, file.path.replace(' (2)', ''))));
    const bodies = manifest.cameras.filter((c) => c.serial === '');
    expect(bodies.map((c) => [c.make, c.model, c.folder])).toEqual([bodies[0], bodies[0]].map((c) => [c?.make, c?.model, TWIN_FOLDER]));
    const tags = (await exifr.parse(fileOf(renamed[0] ?? (twins[0] as ManifestFile)), { translateKeys: false, reviveValues: false })) as Record<number, unknown>;
    expect([tags[0x0110], tags[0xa431]]).toEqual([bodies[0]?.model, undefined]);
  });

  it('puts byte-identical backup copies in backup/, which the walk meets before the camera folders', async () => {
    const copies = manifest.files.filter((f) => f.trap === 'backup-copy');
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      expect(copy.path).toMatch(/^backup\//);
      const original = copy.expected.kind === 'duplicate' ? copy.expected.of : '';
      expect(await readFile(fileOf(copy))).toEqual(await readFile(path.join(shoot, original)));
    }
    const top = (await readdir(shoot)).sort();
    expect(top.indexOf('backup')).toBeLessThan(top.indexOf('cam-a'));
  });
});
