import { copyFile, mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pixelBombJpeg } from './pixel-bomb.js';
import type { PlannedFile } from './planned-file.js';
import { createRng } from './prng.js';
import { renderHeif, renderJpeg } from './render-jpeg.js';
import type { ResolvedSpec } from './shoot-spec.js';

/** Writes one planned file under `root`; copies expect their original to exist already. */
export async function writePlannedFile(root: string, file: PlannedFile, spec: ResolvedSpec): Promise<void> {
  const target = path.join(root, ...file.path.split('/'));
  await mkdir(path.dirname(target), { recursive: true });
  const content = file.content;
  switch (content.type) {
    case 'jpeg': {
      const jpeg = await renderJpeg(content.scene, { width: spec.width, height: spec.height, quality: spec.quality, exif: content.exif });
      // Cut inside the entropy-coded data, as when a card is pulled mid-write: headers and EXIF survive.
      await writeFile(target, content.truncate ? jpeg.subarray(0, Math.floor(jpeg.length * 0.45)) : jpeg);
      break;
    }
    case 'heic':
      await writeFile(target, await renderHeif(content.scene));
      break;
    case 'copy':
      await copyFile(path.join(root, ...content.of.split('/')), target);
      break;
    case 'raw-companion':
      await writeFile(target, fakeRaw(file.path));
      break;
    case 'empty':
      await writeFile(target, Buffer.alloc(0));
      break;
    case 'text':
      await writeFile(target, 'Shoot notes\r\nClass 1A after break, 2A before lunch.\r\nRemember the spare cards!\r\n');
      break;
    case 'pixel-bomb':
      await writeFile(target, pixelBombJpeg(content.width, content.height));
      break;
  }
  if (file.shotAtMs !== undefined) {
    const seconds = file.shotAtMs / 1000;
    await utimes(target, seconds, seconds);
  }
}

/** TIFF-based RAW lookalike: only its name and presence matter. */
function fakeRaw(name: string): Buffer {
  const rng = createRng(name.length * 7919);
  const bytes = Buffer.alloc(16 * 1024);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(rng.next() * 256);
  Buffer.from('II*\0\x10\0\0\0CR\x02\0', 'latin1').copy(bytes);
  return bytes;
}
