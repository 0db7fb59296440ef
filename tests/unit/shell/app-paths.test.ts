import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataPaths, resolveRendererLocation, sqliteBindingPath } from '../../../electron/main/app-paths.js';

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

  it('loads the built page over the app\'s own scheme, served from out/renderer', () => {
    const location = resolveRendererLocation(mainDir, undefined);
    expect(location.preloadPath).toBe(path.join('/app/out/preload/index.cjs'));
    expect(location.url).toBe('shootdesk-app://app/index.html');
    expect(location.rendererDir).toBe(path.join('/app/out/renderer'));
    expect(location.appOrigin).toEqual({ kind: 'app-scheme' });
  });

  it('trusts the dev server origin when one is given', () => {
    const location = resolveRendererLocation(mainDir, 'http://localhost:5173/');
    expect(location.url).toBe('http://localhost:5173/');
    expect(location.rendererDir).toBeNull();
    expect(location.appOrigin).toEqual({ kind: 'dev-server', origin: 'http://localhost:5173' });
  });
});

describe('sqliteBindingPath', () => {
  it('takes the Electron build beside app.asar in a package, from the checkout otherwise', () => {
    expect(sqliteBindingPath('/opt/Shootdesk/resources/app.asar/out/main', '/opt/Shootdesk/resources', true)).toBe(path.join('/opt/Shootdesk/resources/electron-native/better_sqlite3.node'));
    expect(sqliteBindingPath('/home/me/shootdesk/out/main', '/usr/lib/electron/resources', false)).toBe(path.join('/home/me/shootdesk/electron-native/better_sqlite3.node'));
  });
});
