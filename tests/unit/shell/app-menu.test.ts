import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutDetail, appMenuTemplate, backupFileName, type MenuActions, type MenuSetting } from '../../../electron/main/app-menu.js';

type Item = MenuItemConstructorOptions;

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** "Shift+CmdOrCtrl+S" and "CmdOrCtrl+Shift+S" are one key: compared with the modifiers sorted, and Cmd or Ctrl as either. */
function keysOf(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+').map((part) => (part === 'CmdOrCtrl' ? (mac ? 'Cmd' : 'Ctrl') : part));
  const key = parts.pop() ?? '';
  return [...parts.sort(), key.toUpperCase()].join('+');
}

function recordingActions(): { actions: MenuActions; called: string[] } {
  const called: string[] = [];
  const record = (name: string) => () => void called.push(name);
  return {
    called,
    actions: { importFolders: record('import'), backUpDatabase: record('backup'), restoreDatabase: record('restore'), revealLogs: record('logs'), showAbout: record('about') },
  };
}

const settings: MenuSetting[] = (['darwin', 'win32', 'linux'] as const).flatMap((platform) => [true, false].map((packaged) => ({ platform, packaged, appName: 'Shootdesk' })));

describe('appMenuTemplate', () => {
  it.each(settings)('on $platform (packaged: $packaged) every item has a label, a role or is a separator, and no two share a key', (setting) => {
    const items = flatten(appMenuTemplate(setting, recordingActions().actions));
    for (const item of items) expect(item.type === 'separator' || Boolean(item.label) || Boolean(item.role)).toBe(true);
    const keys = items.flatMap((item) => (item.accelerator ? [keysOf(String(item.accelerator), setting.platform === 'darwin')] : []));
    expect(keys.length).toBeGreaterThan(10);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(settings)('on $platform (packaged: $packaged) has reload and developer tools only in development', (setting) => {
    const roles = flatten(appMenuTemplate(setting, recordingActions().actions)).map((item) => item.role);
    for (const role of ['reload', 'forceReload', 'toggleDevTools'] as const) expect(roles.includes(role)).toBe(!setting.packaged);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'windowMenu', 'help', 'quit'] as const) expect(roles).toContain(role);
  });

  // The workspace's undo, redo and select-all (renderer/src/commands/commands.ts): a menu that took
  // these keys first would leave the page's tagging undo dead on macOS, where the menu sees keys first.
  it.each(settings)('on $platform (packaged: $packaged) leaves the page its own keys', (setting) => {
    const mac = setting.platform === 'darwin';
    const pageKeys = ['Mod+Z', 'Mod+Shift+Z', 'Mod+Y', 'Mod+A'].map((chord) => keysOf(chord.replace('Mod', 'CmdOrCtrl'), mac));
    const registered = flatten(appMenuTemplate(setting, recordingActions().actions)).filter((item) => item.accelerator && item.registerAccelerator !== false);
    expect(registered.filter((item) => pageKeys.includes(keysOf(String(item.accelerator), mac))).map((item) => item.role ?? item.label)).toEqual([]);
  });

  it('puts About in the app menu on macOS and in Help elsewhere, and starts with the app menu only on macOS', () => {
    const mac = appMenuTemplate({ platform: 'darwin', packaged: true, appName: 'Shootdesk' }, recordingActions().actions);
    const windows = appMenuTemplate({ platform: 'win32', packaged: true, appName: 'Shootdesk' }, recordingActions().actions);
    expect(mac.map((menu) => menu.label ?? menu.role)).toEqual(['Shootdesk', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(windows.map((menu) => menu.label ?? menu.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    const labelsIn = (menu: Item | undefined) => (Array.isArray(menu?.submenu) ? menu.submenu.map((item) => item.label) : []);
    expect(labelsIn(mac[0])).toContain('About Shootdesk');
    expect(labelsIn(mac.at(-1))).not.toContain('About Shootdesk');
    expect(labelsIn(windows.at(-1))).toContain('About Shootdesk');
  });

  it('runs each of the app’s own commands from its item, with the key shown for it', () => {
    const { actions, called } = recordingActions();
    const items = flatten(appMenuTemplate({ platform: 'linux', packaged: true, appName: 'Shootdesk' }, actions));
    const own = items.filter((item) => item.click);
    expect(own.map((item) => [item.label, item.accelerator])).toEqual([
      ['Import folders…', 'CmdOrCtrl+O'],
      ['Back up database…', 'CmdOrCtrl+Shift+S'],
      ['Restore database…', 'CmdOrCtrl+Shift+O'],
      ['Reveal logs', 'CmdOrCtrl+Shift+L'],
      ['About Shootdesk', undefined],
    ]);
    for (const item of own) (item.click as () => void)();
    expect(called).toEqual(['import', 'backup', 'restore', 'logs', 'about']);
  });
});

describe('aboutDetail', () => {
  it('lists every version a support mail needs, one a line', () => {
    expect(aboutDetail({ app: '0.1.0', electron: '45.4.1', chrome: '142.0.7444.60', node: '22.20.0', betterSqlite3: '12.6.2', sqlite: '3.51.2' })).toBe(
      'Version 0.1.0\nElectron 45.4.1\nChrome 142.0.7444.60\nNode 22.20.0\nbetter-sqlite3 12.6.2 (SQLite 3.51.2)',
    );
  });
});

describe('backupFileName', () => {
  it.each([
    [new Date(2026, 0, 5, 23, 59), 'Shootdesk backup 2026-01-05.sqlite'],
    [new Date(2026, 11, 31, 0, 1), 'Shootdesk backup 2026-12-31.sqlite'],
  ])('names a backup made on %s by its local date', (at, name) => {
    expect(backupFileName(at)).toBe(name);
  });
});
