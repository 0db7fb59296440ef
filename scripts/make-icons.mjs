// `npm run icons`: resources/icon.png (1024×1024), the one image electron-builder makes every
// platform's icon from, rendered from resources/icon.svg. Both are committed; a test checks the PNG
// is the SVG's rendering, so an edit to one without the other fails.
import { join, resolve } from 'node:path';
import sharp from 'sharp';

export const ICON_SIZE = 1024;
const resources = resolve(import.meta.dirname, '..', 'resources');

export function renderIcon() {
  return sharp(join(resources, 'icon.svg'), { density: 72 * (ICON_SIZE / 1024) }).resize(ICON_SIZE, ICON_SIZE).png({ compressionLevel: 9 });
}

if (process.argv[1] === import.meta.filename) {
  await renderIcon().toFile(join(resources, 'icon.png'));
  process.stdout.write(`wrote ${join(resources, 'icon.png')}\n`);
}
