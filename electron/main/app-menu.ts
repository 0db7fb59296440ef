import type { MenuItemConstructorOptions } from 'electron';

/** What the app's own menu items do; the template only says where they are and their keys. */
export interface MenuActions {
  importFolders(): void;
  backUpDatabase(): void;
  restoreDatabase(): void;
  revealLogs(): void;
  showAbout(): void;
}

export interface MenuSetting {
  platform: NodeJS.Platform;
  /** An installed app: no reload and no developer tools, which would lose or expose her work. */
  packaged: boolean;
  appName: string;
}

/**
 * The application menu: the platform's standard roles (undo and copy in text fields, full screen,
 * the window menu) and Shootdesk's own commands. Keys are given for every item that has one, roles
 * included, so that no two items can share one unnoticed; the window's own shortcuts (Mod+A, Mod+Z
 * in the grid) reach the page first.
 */
export function appMenuTemplate({ platform, packaged, appName }: MenuSetting, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => actions.showAbout() };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide', accelerator: 'Cmd+H' },
            { role: 'hideOthers', accelerator: 'Cmd+Alt+H' },
            { role: 'unhide' },
            separator,
            { role: 'quit', accelerator: 'Cmd+Q' },
          ],
        },
      ]
    : [];
  const development: MenuItemConstructorOptions[] = packaged
    ? []
    : [{ role: 'reload', accelerator: 'CmdOrCtrl+R' }, { role: 'forceReload', accelerator: 'CmdOrCtrl+Shift+R' }, { role: 'toggleDevTools', accelerator: mac ? 'Cmd+Alt+I' : 'Ctrl+Shift+I' }, separator];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        { label: 'Import folders…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFolders() },
        separator,
        { label: 'Back up database…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.backUpDatabase() },
        { label: 'Restore database…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.restoreDatabase() },
        separator,
        mac ? { role: 'close', accelerator: 'Cmd+W' } : { role: 'quit', label: 'Exit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: 'Edit',
      // The page undoes tagging and selects every photo with these keys (renderer/src/commands): shown
      // here, but left to the page, which undoes a text field's typing itself when one has the focus.
      submenu: [
        { role: 'undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
        { role: 'redo', accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', registerAccelerator: false },
        separator,
        { role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', accelerator: 'CmdOrCtrl+A', registerAccelerator: false },
      ],
    },
    { label: 'View', submenu: [...development, { role: 'togglefullscreen', accelerator: mac ? 'Cmd+Ctrl+F' : 'F11' }] },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Reveal logs', accelerator: 'CmdOrCtrl+Shift+L', click: () => actions.revealLogs() }, ...(mac ? [] : [separator, about])],
    },
  ];
}

export interface Versions {
  app: string;
  electron: string;
  chrome: string;
  node: string;
  betterSqlite3: string;
  sqlite: string;
}

/** The About box's text: what a support mail needs to know, one component a line. */
export function aboutDetail(versions: Versions): string {
  return [
    `Version ${versions.app}`,
    `Electron ${versions.electron}`,
    `Chrome ${versions.chrome}`,
    `Node ${versions.node}`,
    `better-sqlite3 ${versions.betterSqlite3} (SQLite ${versions.sqlite})`,
  ].join('\n');
}

/** The name the save dialog suggests: the date tells backups apart in a folder of them. */
export function backupFileName(at: Date): string {
  const day = [at.getFullYear(), at.getMonth() + 1, at.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `Shootdesk backup ${day}.sqlite`;
}
