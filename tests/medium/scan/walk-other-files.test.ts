import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkFolder } from '../../../electron/core/scan/walk-folder.js';

const work = mkdtempSync(join(tmpdir(), 'shootdesk-walk-other-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let trees = 0;
/** Files with placeholder content: the walk decides from names alone, and reads nothing. */
function makeTree(paths: string[]): string {
  const root = join(work, `tree-${(trees += 1)}`);
  for (const path of paths) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'x');
  }
  return root;
}

const VIDEO = 'not sorted: video files are not photos';
const RAW_ALONE = 'RAW without a JPEG: set the camera to RAW+JPEG or export JPEGs';
const NOT_A_PHOTO = 'not sorted: not a photo';
const LONE_SIDECAR = 'not sorted: a sidecar file without the photo it belongs to';

describe('walkFolder on everything else a folder holds', () => {
  it('lists every picture format libvips decodes, and HEIF frames, whatever the case of the extension', async () => {
    const names = ['a.JPG', 'b.jpeg', 'c.jpe', 'd.jfif', 'e.PNG', 'f.tif', 'g.TIFF', 'h.webp', 'i.AVIF', 'j.gif', 'k.HEIC', 'l.heif', 'm.HIF'];
    const { files, errors } = await walkFolder(makeTree(names));
    expect(files.map((f) => f.relPath)).toEqual(names);
    expect(errors).toEqual([]);
  });

  it('names every file that is not sorted, with what to do', async () => {
    const root = makeTree([
      'cam/IMG_0001.JPG',
      'cam/MVI_0002.MOV',
      'cam/clip.mp4',
      'cam/IMG_0003.CR2',
      'cam/DSC_0004.NEF',
      'cam/memo.WAV',
      'edits/poster.psd',
      'edits/scan.bmp',
      'edits/logo.svg',
      'edits/photo.jxl',
      'office/class-lists.csv',
      'office/notes.txt',
      'office/README',
      'office/settings.xml',
    ]);
    const { files, errors } = await walkFolder(root);
    expect(files.map((f) => f.relPath)).toEqual(['cam/IMG_0001.JPG']);
    expect(errors).toEqual([
      { relPath: 'cam/DSC_0004.NEF', message: RAW_ALONE },
      { relPath: 'cam/IMG_0003.CR2', message: RAW_ALONE },
      { relPath: 'cam/MVI_0002.MOV', message: VIDEO },
      { relPath: 'cam/clip.mp4', message: VIDEO },
      { relPath: 'cam/memo.WAV', message: 'not sorted: sound recordings are not photos' },
      { relPath: 'edits/logo.svg', message: 'not a readable image (SVG is not supported; convert to JPEG)' },
      { relPath: 'edits/photo.jxl', message: 'not a readable image (JPEG XL is not supported; convert to JPEG)' },
      { relPath: 'edits/poster.psd', message: 'not a readable image (PSD is not supported; convert to JPEG)' },
      { relPath: 'edits/scan.bmp', message: 'not a readable image (BMP is not supported; convert to JPEG)' },
      { relPath: 'office/README', message: NOT_A_PHOTO },
      { relPath: 'office/class-lists.csv', message: NOT_A_PHOTO },
      { relPath: 'office/notes.txt', message: NOT_A_PHOTO },
      { relPath: 'office/settings.xml', message: NOT_A_PHOTO },
    ]);
  });

  it('passes over system clutter without a word', async () => {
    const root = makeTree([
      'IMG_0001.JPG',
      '.DS_Store',
      '._IMG_0001.JPG',
      'Thumbs.db',
      'desktop.ini',
      'Icon\r',
      '.Spotlight-V100/Store-V2/store.db',
      '.Trashes/501/IMG_0099.JPG',
      'System Volume Information/IndexerVolumeGuid',
      '$RECYCLE.BIN/S-1-5-21/$RABC123.JPG',
      '__MACOSX/._IMG_0001.JPG',
      'CaptureOne/Cache/Thumbnails/IMG_0001.JPG.cot',
      'Catalog Previews.lrdata/0/01/IMG_0001.lrprev',
    ]);
    expect(await walkFolder(root)).toEqual({ files: [{ relPath: 'IMG_0001.JPG', size: 1, companions: [] }], errors: [] });
  });

  it("passes over a camera's bookkeeping on its card, but names its videos", async () => {
    const card = [
      'DCIM/100CANON/IMG_0001.JPG',
      'DCIM/100CANON/IMG_0001.CR3',
      'DCIM/100CANON/MVI_0002.MP4',
      'DCIM/100CANON/MVI_0002.THM',
      'DCIM/CANONMSC/M0100.CTG',
      'DCIM/100GOPRO/GH010003.MP4',
      'DCIM/100GOPRO/GL010003.LRV',
      'DCIM/NC_FLLST.DAT',
      'MISC/AUTPRINT.MRK',
      'PRIVATE/AVCHD/BDMV/INDEX.BDM',
      'PRIVATE/AVCHD/BDMV/MOVIEOBJ.BDM',
      'PRIVATE/AVCHD/BDMV/CLIPINF/00000.CPI',
      'PRIVATE/AVCHD/BDMV/PLAYLIST/00000.MPL',
      'PRIVATE/AVCHD/BDMV/STREAM/00000.MTS',
      'PRIVATE/M4ROOT/MEDIAPRO.XML',
      'PRIVATE/M4ROOT/STATUS.BIN',
      'PRIVATE/M4ROOT/CLIP/C0001.MP4',
      'PRIVATE/M4ROOT/CLIP/C0001M01.XML',
    ];
    const root = makeTree(card);
    expect(await walkFolder(root)).toEqual({
      files: [{ relPath: 'DCIM/100CANON/IMG_0001.JPG', size: 1, companions: ['DCIM/100CANON/IMG_0001.CR3'] }],
      errors: [
        { relPath: 'DCIM/100CANON/MVI_0002.MP4', message: VIDEO },
        { relPath: 'DCIM/100GOPRO/GH010003.MP4', message: VIDEO },
        { relPath: 'PRIVATE/AVCHD/BDMV/STREAM/00000.MTS', message: VIDEO },
        { relPath: 'PRIVATE/M4ROOT/CLIP/C0001.MP4', message: VIDEO },
      ],
    });
    // Pointed at the card's DCIM folder itself, the walk still knows it is on a card.
    expect((await walkFolder(join(root, 'DCIM'))).errors.map((e) => e.relPath)).toEqual(['100CANON/MVI_0002.MP4', '100GOPRO/GH010003.MP4']);
  });

  it('names camera bookkeeping found away from a card', async () => {
    const { errors } = await walkFolder(makeTree(['copied/M0100.CTG', 'copied/IMG_0001.JPG']));
    expect(errors).toEqual([{ relPath: 'copied/M0100.CTG', message: NOT_A_PHOTO }]);
  });

  it('keeps sidecars beside their file quiet and names the ones left alone', async () => {
    const root = makeTree([
      'IMG_0001.JPG',
      'IMG_0001.xmp',
      'IMG_0002.CR2',
      'IMG_0002.CR2.xmp',
      'IMG_0003.HEIC',
      'IMG_0003.AAE',
      'MVI_0004.MOV',
      'MVI_0004.THM',
      'IMG_0005.xmp',
    ]);
    const { files, errors } = await walkFolder(root);
    expect(files.map((f) => f.relPath)).toEqual(['IMG_0001.JPG', 'IMG_0003.HEIC']);
    expect(errors).toEqual([
      { relPath: 'IMG_0002.CR2', message: RAW_ALONE },
      { relPath: 'IMG_0005.xmp', message: LONE_SIDECAR },
      { relPath: 'MVI_0004.MOV', message: VIDEO },
    ]);
  });

  it('gives a RAW to the picture of its name in its folder, whatever its format', async () => {
    const root = makeTree([
      'a/IMG_0001.TIF',
      'a/IMG_0001.NEF',
      'a/IMG_0002.HIF',
      'a/IMG_0002.CR3',
      'a/IMG_0003.psd',
      'a/IMG_0003.CR2',
      'b/IMG_0001.ARW',
    ]);
    const { files, errors } = await walkFolder(root);
    expect(files).toEqual([
      { relPath: 'a/IMG_0001.TIF', size: 1, companions: ['a/IMG_0001.NEF'] },
      { relPath: 'a/IMG_0002.HIF', size: 1, companions: ['a/IMG_0002.CR3'] },
    ]);
    // The PSD's own line says what to do; its RAW adds nothing. A RAW in another folder has no partner.
    expect(errors).toEqual([
      { relPath: 'a/IMG_0003.psd', message: 'not a readable image (PSD is not supported; convert to JPEG)' },
      { relPath: 'b/IMG_0001.ARW', message: RAW_ALONE },
    ]);
  });
});
