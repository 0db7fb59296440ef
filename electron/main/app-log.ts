import { app, dialog, shell } from 'electron';
// The Node build: electron-log's Electron one opens IPC channels of its own, past ipc.ts's sender check.
import log from 'electron-log/node';
import { join } from 'node:path';
import { crashReport, type CrashKind } from './crash-report.js';
import { writeLogTo } from './log-rotation.js';

export interface AppLog {
  file: string;
  /** Shows the log file in the file manager (the "Reveal logs" menu item). */
  reveal: () => void;
  info: (...params: unknown[]) => void;
  error: (...params: unknown[]) => void;
}

/** A failure nothing else caught: logged, then said in a dialog, so the window is never left blank and silent. */
function report(kind: CrashKind, error: unknown, file: string, reloadWindow?: () => void): void {
  log.error(kind, error);
  const { title, message, detail } = crashReport(kind, error, file);
  if (!app.isReady()) {
    dialog.showErrorBox(title, `${message}\n\n${detail}`);
    return;
  }
  const buttons = reloadWindow ? ['Reload the window', 'Show the log', 'Close'] : ['Show the log', 'Close'];
  void dialog.showMessageBox({ type: 'error', title, message, detail, buttons, defaultId: 0, noLink: true }).then(({ response }) => {
    const chosen = buttons[response];
    if (chosen === 'Reload the window') reloadWindow?.();
    if (chosen === 'Show the log') shell.showItemInFolder(file);
  });
}

/**
 * The main process's log: a file in the user-data folder, rotated by size with the last few kept;
 * console output of the main process goes there too. Uncaught exceptions, unhandled rejections and
 * a window's renderer that crashed are logged and shown.
 */
export function startAppLog(): AppLog {
  const file = join(app.getPath('userData'), 'logs', 'main.log');
  writeLogTo(log, file);
  Object.assign(console, log.functions);
  log.errorHandler.startCatching({
    showDialog: false,
    onError: ({ error, errorName }) => {
      report(errorName === 'Unhandled rejection' ? 'rejection' : 'error', error, file);
      // Logged and shown above; electron-log would log it a second time.
      return false;
    },
  });
  app.on('render-process-gone', (_event, contents, details) => {
    if (details.reason === 'clean-exit') return;
    report('window', details, file, () => contents.reload());
  });
  log.info(`Shootdesk ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform} ${process.arch})`);
  return { file, reveal: () => shell.showItemInFolder(file), info: (...params) => log.info(...params), error: (...params) => log.error(...params) };
}
