import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../electron/main/app-page-path.js';

describe('resolveAppFile: the built page over shootdesk-app://', () => {
  let root: string;
  let renderer: string;

  beforeAll(() => {
    root = realpathSync(mkdtempSync(path.join(tmpdir(), 'shootdesk-app-page-')));
    renderer = path.join(root, 'renderer');
    mkdirSync(path.join(renderer, 'assets'), { recursive: true });
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(renderer, 'assets', 'index-Ab12_x.js'), '');
    writeFileSync(path.join(root, 'secret.txt'), 'not the page');
    symlinkSync(path.join(root, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['shootdesk-app://app/index.html', 'index.html'],
    ['shootdesk-app://app/', 'index.html'],
    ['shootdesk-app://app/index.html#/jobs?x=1', 'index.html'],
    ['shootdesk-app://app/assets/index-Ab12_x.js', 'assets/index-Ab12_x.js'],
  ])('serves %s', (url, file) => {
    expect(resolveAppFile(renderer, url)).toBe(path.join(renderer, file));
  });

  it.each([
    ['another scheme', 'file:///etc/passwd'],
    ['another host', 'shootdesk-app://evil/index.html'],
    ['credentials', 'shootdesk-app://me:pw@app/index.html'],
    ['a port', 'shootdesk-app://app:1/index.html'],
    ['a dot segment (the URL parser removes it)', 'shootdesk-app://app/assets/../../secret.txt'],
    ['an encoded dot segment', 'shootdesk-app://app/assets/%2e%2e/%2e%2e/secret.txt'],
    ['an encoded separator', 'shootdesk-app://app/assets%2f..%2f..%2fsecret.txt'],
    ['a backslash', 'shootdesk-app://app/assets\\..\\..\\secret.txt'],
    ['a hidden file', 'shootdesk-app://app/.env'],
    ['a NUL', 'shootdesk-app://app/index.html\u0000.png'],
    ['a leading control character', '\u0001shootdesk-app://app/index.html'],
    ['a symbolic link out of the folder', 'shootdesk-app://app/assets/link.txt'],
    ['a file that is not there', 'shootdesk-app://app/missing.js'],
    ['a folder', 'shootdesk-app://app/assets'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(renderer, url)).toBeNull();
  });
});
