import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWithJsqr, decodeWithZxing } from './decode-qr.js';
import { generateShoot, unlockShoot } from './generate-shoot.js';
import type { ManifestFile, ShootManifest } from './manifest.js';
import { writeNamesCsv } from './names-csv.js';
import { FOREIGN_QR_PAYLOAD } from './plan-files.js';
import { trapsShootSpec } from './shoot-spec.js';

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
  it('writes exactly the files of its manifest, 40 to 80 of them', async () => {
    const onDisk = await walk(shoot);
    const locked = manifest.lockedDirs.filter((d) => d.unreadable).map((d) => `${d.path}/`);
    const expected = manifest.files.map((f) => f.path).filter((p) => !locked.some((d) => p.startsWith(d)));
    expect(onDisk.sort()).toEqual(expected.sort());
    expect(manifest.files.length).toBeGreaterThanOrEqual(40);
    expect(manifest.files.length).toBeLessThanOrEqual(80);
  });

  it('writes camera EXIF that exifr reads back, body serial in tag 0xA431', async () => {
    const frames = manifest.files.filter((f) => f.takenAt !== undefined);
    for (const camera of manifest.cameras) {
      const frame = frames.find((f) => f.camera === camera.id);
      if (!frame) throw new Error(`no frame of camera ${camera.id}`);
      const tags = (await exifr.parse(fileOf(frame), { translateKeys: false, reviveValues: false })) as Record<number, unknown>;
      expect(tags[0x010f]).toBe(camera.make);
      expect(tags[0x0110]).toBe(camera.model);
      expect(tags[0xa431]).toBe(camera.serial);
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
    expect(manifest.cameras.map((c) => c.clockOffsetSeconds)).toEqual([0, 420]);
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

  it('glares cards so that no decoder reports a symbol', async () => {
    const partial = fileOf(byTrap('glare-partial'));
    expect(await decodeWithJsqr(partial)).toBeUndefined();
    expect(await decodeWithJsqr(partial, 1200)).toBeUndefined();
    expect(await decodeWithZxing(partial)).toEqual([]);
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

  it('writes the names list without the unknown code, in every variant', async () => {
    const unknown = manifest.subjects.find((s) => !s.inNamesList);
    const listed = manifest.subjects.filter((s) => s.inNamesList);
    expect(unknown).toBeDefined();
    for (const variant of ['comma', 'semicolon', 'bom', 'windows-1252'] as const) {
      const file = path.join(dir, `names-${variant}.csv`);
      await writeNamesCsv(manifest, file, { variant });
      const bytes = await readFile(file);
      const text = variant === 'windows-1252' ? bytes.toString('latin1') : bytes.toString('utf8');
      const lines = text.split('\r\n').filter((line) => line !== '');
      expect(lines).toHaveLength(listed.length + 1);
      expect(text.includes(unknown?.code ?? '?')).toBe(false);
      expect(lines[0]).toBe(
        { comma: 'First Name,Last Name,Group,Access Code,Email', semicolon: 'first_name;last_name;group;access_code;email', bom: '\uFEFFFirst Name,Last Name,Group,Access Code,Email', 'windows-1252': 'First Name,Last Name,Group,Access Code,Email' }[variant],
      );
    }
  });
});
