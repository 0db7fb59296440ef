import { app, dialog, Menu, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { join } from 'node:path';
import type { ApiHandlers, EventName, EventPayload } from '../../shared/api/contract.js';
import type { AppLog } from './app-log.js';
import { aboutDetail, appMenuTemplate, backupFileName, type MenuActions } from './app-menu.js';

export interface MenuContext {
  handlers: Pick<ApiHandlers, 'db.backup' | 'db.restore' | 'db.versions'>;
  window: () => BrowserWindow | null;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  log: AppLog;
}

const BACKUP_FILTERS = [{ name: 'Shootdesk database', extensions: ['sqlite', 'db'] }];

async function tell(context: MenuContext, options: MessageBoxOptions): Promise<number> {
  const window = context.window();
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return response;
}

async function backUp(context: MenuContext): Promise<void> {
  const window = context.window();
  const options = { title: 'Back up the database', defaultPath: join(app.getPath('documents'), backupFileName(new Date())), filters: BACKUP_FILTERS };
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return;
  const { file } = await context.handlers['db.backup']({ file: chosen.filePath });
  await tell(context, { type: 'info', message: 'The database is backed up.', detail: file });
}

async function restore(context: MenuContext): Promise<void> {
  const window = context.window();
  const options: Electron.OpenDialogOptions = { title: 'Restore the database from a backup', properties: ['openFile'], filters: BACKUP_FILTERS };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const file = chosen.filePaths[0];
  if (chosen.canceled || file === undefined) return;
  const confirmed = await tell(context, {
    type: 'warning',
    message: `Replace the database with the backup ${file}?`,
    detail: 'Jobs, names and tagging change back to what the backup holds. The database as it is now is kept beside it, so this can be undone by restoring that.',
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  });
  if (confirmed !== 0) return;
  const { kept } = await context.handlers['db.restore']({ file });
  // The page holds jobs and photos of the database that was replaced.
  context.window()?.webContents.reload();
  await tell(context, { type: 'info', message: 'The database is restored.', detail: `The database as it was before is kept: ${kept}` });
}

async function showAbout(context: MenuContext): Promise<void> {
  const sqlite = await context.handlers['db.versions']({}).catch(() => ({ betterSqlite3: 'unknown', sqlite: 'unknown' }));
  const { electron, chrome, node } = process.versions;
  const detail = aboutDetail({ app: app.getVersion(), electron: electron ?? 'unknown', chrome: chrome ?? 'unknown', node, ...sqlite });
  await tell(context, { type: 'info', title: `About ${app.name}`, message: app.name, detail });
}

/** Sets the application menu; a command that fails says why in a dialog and in the log. */
export function installAppMenu(context: MenuContext): void {
  const run = (what: string, action: (context: MenuContext) => Promise<void>) => () => {
    action(context).catch((error: unknown) => {
      context.log.error(`${what} failed:`, error);
      void tell(context, { type: 'error', message: `${what} failed.`, detail: error instanceof Error ? error.message : String(error) });
    });
  };
  const actions: MenuActions = {
    importFolders: () => context.emit('menu.command', { command: 'import-folders' }),
    backUpDatabase: run('Backing up the database', backUp),
    restoreDatabase: run('Restoring the database', restore),
    revealLogs: () => context.log.reveal(),
    showAbout: run('Showing the versions', showAbout),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, packaged: app.isPackaged, appName: app.name }, actions)));
}
