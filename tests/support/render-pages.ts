import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What poppler renders the pages at: a 300-dpi office print seen a little soft. */
export const RENDER_DPI = 150;

/** The PDF's pages rendered in grey by poppler's pdftoppm, as PNG files in page order. */
export function renderPages(file: string, prefix: string): string[] {
  execFileSync('pdftoppm', ['-r', String(RENDER_DPI), '-gray', '-png', file, prefix]);
  const folder = join(prefix, '..');
  const base = prefix.slice(folder.length + 1);
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((name) => join(folder, name));
}
