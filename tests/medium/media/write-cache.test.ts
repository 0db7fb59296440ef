import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalysedImage } from '../../../electron/core/media/media-types.js';
import { derivativePaths, writeDerivatives } from '../../../electron/core/media/write-cache.js';

const SHA = 'ab'.padEnd(64, '0123456789abcdef');

function fakeImage(tag: string): AnalysedImage {
  return {
    width: 6000,
    height: 4000,
    thumbnail: Buffer.from(`thumb ${tag}`),
    preview: Buffer.from(`preview ${tag}`),
    qrFrame: { data: new Uint8Array(0), width: 0, height: 0 },
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe('writeDerivatives', () => {
  let cacheDir = '';
  beforeEach(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'shootdesk-cache-'));
  });
  afterEach(() => rm(cacheDir, { recursive: true, force: true }));

  it('writes thumbnail and preview under a two-digit fan-out, with no temp files left', async () => {
    const paths = await writeDerivatives(cacheDir, SHA, fakeImage('one'));

    expect(paths).toEqual({
      thumbnail: path.join(cacheDir, 'thumbs', 'ab', `${SHA}.jpg`),
      preview: path.join(cacheDir, 'previews', 'ab', `${SHA}.jpg`),
    });
    expect(await readFile(paths.thumbnail, 'utf8')).toBe('thumb one');
    expect(await readFile(paths.preview, 'utf8')).toBe('preview one');
    expect(await listFiles(cacheDir)).toEqual([path.join('previews', 'ab', `${SHA}.jpg`), path.join('thumbs', 'ab', `${SHA}.jpg`)]);
  });

  it('keeps files that already exist', async () => {
    const first = await writeDerivatives(cacheDir, SHA, fakeImage('one'));
    const before = await stat(first.preview);
    const second = await writeDerivatives(cacheDir, SHA, fakeImage('two'));

    expect(second).toEqual(first);
    expect(await readFile(second.thumbnail, 'utf8')).toBe('thumb one');
    expect((await stat(second.preview)).mtimeMs).toBe(before.mtimeMs);
  });

  it('replaces an empty file left by an earlier crash', async () => {
    const { thumbnail } = derivativePaths(cacheDir, SHA);
    await mkdir(path.dirname(thumbnail), { recursive: true });
    await writeFile(thumbnail, '');
    await writeDerivatives(cacheDir, SHA, fakeImage('one'));
    expect(await readFile(thumbnail, 'utf8')).toBe('thumb one');
  });

  it('survives two workers writing the same photo at once', async () => {
    await Promise.all([writeDerivatives(cacheDir, SHA, fakeImage('one')), writeDerivatives(cacheDir, SHA, fakeImage('one'))]);
    expect(await listFiles(cacheDir)).toHaveLength(2);
  });

  it.each(['../../etc/passwd', SHA.toUpperCase(), SHA.slice(1), ''])('refuses %j as a hash', async (bad) => {
    await expect(writeDerivatives(cacheDir, bad, fakeImage('one'))).rejects.toThrow(/SHA-256/);
    expect(await listFiles(cacheDir)).toEqual([]);
  });
});
