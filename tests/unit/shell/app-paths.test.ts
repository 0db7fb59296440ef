import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataPaths, resolveRendererLocation } from '../../../electron/main/app-paths.js';

describe('resolveDataPaths', () => {
  it('keeps the database and the cache in user data', () => {
    expect(resolveDataPaths('/home/me/.config/Shootdesk')).toEqual({
      dbPath: path.join('/home/me/.config/Shootdesk', 'shootdesk.sqlite'),
      cacheDir: path.join('/home/me/.config/Shootdesk', 'cache'),
    });
  });
});

describe('resolveRendererLocation', () => {
  const mainDir = '/app/out/main';

  it('loads the built index over file:// and trusts only that file', () => {
    const location = resolveRendererLocation(mainDir, undefined);
    expect(location.preloadPath).toBe(path.join('/app/out/preload/index.cjs'));
    expect(location.load).toEqual({ file: path.join('/app/out/renderer/index.html') });
    expect(location.appOrigin).toEqual({ kind: 'file', indexUrl: 'file:///app/out/renderer/index.html' });
  });

  it('trusts the dev server origin when one is given', () => {
    const location = resolveRendererLocation(mainDir, 'http://localhost:5173/');
    expect(location.load).toEqual({ url: 'http://localhost:5173/' });
    expect(location.appOrigin).toEqual({ kind: 'dev-server', origin: 'http://localhost:5173' });
  });
});
