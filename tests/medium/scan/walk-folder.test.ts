import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFolder } from '../../../electron/core/scan/walk-folder.js';

function makeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'shootdesk-walk-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('walkFolder', () => {
  it('finds images recursively in a stable order, with RAW companions, skipping junk and naming the rest', async () => {
    const root = makeTree({
      'cam-b/DSC_0002.JPG': 'b2',
      'cam-a/DCIM/100CANON/IMG_0102.JPG': 'a2',
      'cam-a/DCIM/100CANON/IMG_0101.JPG': 'a1',
      'cam-a/DCIM/100CANON/IMG_0101 copy.JPG': 'a1',
      'cam-a/DCIM/100CANON/IMG_0101.CR2': 'raw',
      'cam-a/DCIM/100CANON/._IMG_0101.JPG': 'apple double',
      'cam-a/.Trashes/IMG_0001.JPG': 'trash',
      'cam-a/notes.txt': 'x',
      'cam-a/poster.png': 'png',
      'cam-a/clip.MOV': 'mov',
      'phone/IMG_1234.HEIC': 'heic',
      'cam-c/IMG_0500.NEF': 'lonely raw',
    });
    const found: number[] = [];
    const { files, errors } = await walkFolder(root, undefined, (count) => found.push(count));
    // The running count a long walk shows: one per photo, the RAW and the rest not counted.
    expect(found).toEqual([1, 2, 3, 4, 5, 6]);
    expect(files).toEqual([
      { relPath: 'cam-a/DCIM/100CANON/IMG_0101.JPG', size: 2, companions: ['cam-a/DCIM/100CANON/IMG_0101.CR2'] },
      { relPath: 'cam-a/DCIM/100CANON/IMG_0101 copy.JPG', size: 2, companions: [] },
      { relPath: 'cam-a/DCIM/100CANON/IMG_0102.JPG', size: 2, companions: [] },
      { relPath: 'cam-a/poster.png', size: 3, companions: [] },
      { relPath: 'cam-b/DSC_0002.JPG', size: 2, companions: [] },
      { relPath: 'phone/IMG_1234.HEIC', size: 4, companions: [] },
    ]);
    // The junk (a resource fork, the trash) is skipped without a word; every other file left is named.
    expect(errors).toEqual([
      { relPath: 'cam-a/clip.MOV', message: 'not sorted: video files are not photos' },
      { relPath: 'cam-a/notes.txt', message: 'not sorted: not a photo' },
      { relPath: 'cam-c/IMG_0500.NEF', message: 'RAW without a JPEG: set the camera to RAW+JPEG or export JPEGs' },
    ]);
  });

  it('reads a linked image, and reports a linked folder (a loop) instead of following it', async () => {
    const root = makeTree({ 'a/IMG_0001.JPG': 'x' });
    const elsewhere = makeTree({ 'IMG_0900.JPG': 'linked' });
    symlinkSync(root, join(root, 'a', 'loop'));
    symlinkSync(join(elsewhere, 'IMG_0900.JPG'), join(root, 'a', 'IMG_0002.JPG'));
    expect(await walkFolder(root)).toEqual({
      files: [
        { relPath: 'a/IMG_0001.JPG', size: 1, companions: [] },
        { relPath: 'a/IMG_0002.JPG', size: 6, companions: [] },
      ],
      errors: [{ relPath: 'a/loop', message: 'linked folder not followed; scan the folder it points to instead' }],
    });
  });

  it('reports a folder that is not there (a card reader pulled out mid-scan)', async () => {
    const root = join(makeTree({}), 'gone');
    expect(await walkFolder(root)).toEqual({
      files: [],
      errors: [{ relPath: '.', message: 'folder is not there (card removed or folder moved?); reconnect it and scan again' }],
    });
  });

  // Root reads any folder whatever its mode, so this case only means something for a normal user.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder and goes on', async () => {
    const root = makeTree({ 'ok/IMG_0001.JPG': 'x', 'locked/IMG_0002.JPG': 'y' });
    chmodSync(join(root, 'locked'), 0o000);
    try {
      const { files, errors } = await walkFolder(root);
      expect(files.map((f) => f.relPath)).toEqual(['ok/IMG_0001.JPG']);
      expect(errors).toEqual([{ relPath: 'locked', message: 'folder could not be read (permission denied); check its permissions and scan again' }]);
    } finally {
      chmodSync(join(root, 'locked'), 0o755);
    }
  });
});
