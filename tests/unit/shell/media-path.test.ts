import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivativePaths } from '../../../electron/core/media/write-cache.js';
import { resolveMediaPath } from '../../../electron/main/media-path.js';

const hex = (c: string) => c.repeat(64);
const THUMB = hex('a');
const PREVIEW = hex('b');
const LINK_OUT = hex('c');
const LINK_IN = hex('d');
const LINK_SIBLING = hex('e');
const DIR_SHAPED = hex('f');
const MISSING = hex('0');

let base: string;
let root: string;
const thumbOf = (sha: string) => derivativePaths(root, sha).thumbnail;
const previewOf = (sha: string) => derivativePaths(root, sha).preview;

/** Creates the parent folder, then the file (or symlink, or folder) itself. */
function place(target: string, make: (target: string) => void): void {
  mkdirSync(path.dirname(target), { recursive: true });
  make(target);
}

// A real cache folder in core's layout: files, symlinks inside and out, and a sibling
// <base>/cache-evil whose path starts with the cache's path.
beforeAll(() => {
  base = realpathSync(mkdtempSync(path.join(tmpdir(), 'shootdesk-media-')));
  root = path.join(base, 'cache');
  const evilTwin = path.join(base, 'cache-evil', path.relative(root, thumbOf(THUMB)));
  place(thumbOf(THUMB), (p) => writeFileSync(p, 'thumb'));
  place(path.join(path.dirname(thumbOf(THUMB)), `${THUMB.toUpperCase()}.jpg`), (p) => writeFileSync(p, 'upper'));
  place(previewOf(PREVIEW), (p) => writeFileSync(p, 'preview'));
  place(path.join(base, 'secret.jpg'), (p) => writeFileSync(p, 'secret'));
  place(evilTwin, (p) => writeFileSync(p, 'evil'));
  place(thumbOf(LINK_OUT), (p) => symlinkSync(path.join(base, 'secret.jpg'), p));
  place(thumbOf(LINK_IN), (p) => symlinkSync(previewOf(PREVIEW), p));
  place(thumbOf(LINK_SIBLING), (p) => symlinkSync(evilTwin, p));
  place(thumbOf(DIR_SHAPED), (p) => mkdirSync(p));
  symlinkSync(root, path.join(base, 'cache-link'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveMediaPath', () => {
  it('serves thumbnails and previews from their folders', () => {
    expect(resolveMediaPath(root, `shootdesk-media://thumb/${THUMB}.jpg`)).toBe(thumbOf(THUMB));
    expect(resolveMediaPath(root, `shootdesk-media://preview/${PREVIEW}.jpg`)).toBe(previewOf(PREVIEW));
  });

  it('follows a symlink that stays inside the cache', () => {
    expect(resolveMediaPath(root, `shootdesk-media://thumb/${LINK_IN}.jpg`)).toBe(previewOf(PREVIEW));
  });

  it('accepts a cache root that is itself a symlink', () => {
    expect(resolveMediaPath(path.join(base, 'cache-link'), `shootdesk-media://thumb/${THUMB}.jpg`)).toBe(thumbOf(THUMB));
  });

  it('treats dot segments the URL parser removes as the same file', () => {
    // WHATWG parsing folds `thumb/../<sha>.jpg` to `/<sha>.jpg` before we see it: still the thumb.
    expect(resolveMediaPath(root, `shootdesk-media://thumb/../${THUMB}.jpg`)).toBe(thumbOf(THUMB));
  });

  const refused: Array<[string, () => string]> = [
    ['encoded slashes', () => 'shootdesk-media://thumb/..%2f..%2fetc%2fpasswd'],
    ['encoded slashes to a jpg', () => 'shootdesk-media://thumb/..%2fsecret.jpg'],
    ['encoded backslashes', () => 'shootdesk-media://thumb/..%5c..%5csecret.jpg'],
    ['raw backslashes', () => 'shootdesk-media://thumb/..\\..\\secret.jpg'],
    ['double encoding', () => 'shootdesk-media://thumb/%252e%252e%252fsecret.jpg'],
    ['encoded dots', () => `shootdesk-media://thumb/%2e%2e%2f${THUMB}.jpg`],
    ['dot segments out of the host', () => 'shootdesk-media://thumb/../../x'],
    ['absolute path after the host', () => `shootdesk-media://thumb/${path.join(base, 'secret.jpg')}`],
    ['absolute path as the whole URL', () => path.join(base, 'secret.jpg')],
    ['file URL', () => `file://${thumbOf(THUMB)}`],
    ['symlink pointing outside the cache', () => `shootdesk-media://thumb/${LINK_OUT}.jpg`],
    ['symlink into the <root>-evil sibling', () => `shootdesk-media://thumb/${LINK_SIBLING}.jpg`],
    ['encoded null byte', () => `shootdesk-media://thumb/${THUMB}.jpg%00.png`],
    ['raw null byte inside', () => `shootdesk-media://thumb/${THUMB}\0.jpg`],
    ['raw null byte at the end (which the URL parser would strip)', () => `shootdesk-media://thumb/${THUMB}.jpg\0`],
    ['uppercase hex, even though the file exists', () => `shootdesk-media://thumb/${THUMB.toUpperCase()}.jpg`],
    ['wrong host', () => `shootdesk-media://original/${THUMB}.jpg`],
    ['uppercase host', () => `shootdesk-media://THUMB/${THUMB}.jpg`],
    ['no host', () => `shootdesk-media:///thumb/${THUMB}.jpg`],
    ['wrong scheme', () => `https://thumb/${THUMB}.jpg`],
    ['query string', () => `shootdesk-media://thumb/${THUMB}.jpg?v=1`],
    ['fragment', () => `shootdesk-media://thumb/${THUMB}.jpg#x`],
    ['port', () => `shootdesk-media://thumb:80/${THUMB}.jpg`],
    ['credentials', () => `shootdesk-media://user:pw@thumb/${THUMB}.jpg`],
    ['extra segment', () => `shootdesk-media://thumb/x/${THUMB}.jpg`],
    ['trailing slash', () => `shootdesk-media://thumb/${THUMB}.jpg/`],
    ['wrong extension', () => `shootdesk-media://thumb/${THUMB}.jpeg`],
    ['short hash', () => `shootdesk-media://thumb/${THUMB.slice(1)}.jpg`],
    ['missing file', () => `shootdesk-media://thumb/${MISSING}.jpg`],
    ['a directory with a file-shaped name', () => `shootdesk-media://thumb/${DIR_SHAPED}.jpg`],
    ['right file, wrong folder', () => `shootdesk-media://preview/${THUMB}.jpg`],
    ['not a URL', () => 'not a url'],
  ];

  it.each(refused)('refuses %s', (_name, url) => {
    expect(resolveMediaPath(root, url())).toBeNull();
  });

  it('refuses everything when the cache folder does not exist', () => {
    expect(resolveMediaPath(path.join(base, 'nowhere'), `shootdesk-media://thumb/${THUMB}.jpg`)).toBeNull();
  });
});
