import { BrowserWindow, app, dialog, net, session, shell } from 'electron';
import { answerWith } from '../../shared/api/derive.js';
import { connectCore, type CoreClient } from '../core/app/connect-core.js';
import { resolveDataPaths, resolveRendererLocation, sqliteBindingPath } from './app-paths.js';
import { createEventForwarder } from './forward-events.js';
import { forkCoreProcess } from './fork-core.js';
import { startAppLog } from './app-log.js';
import { registerIpcHandlers } from './ipc.js';
import { serveAppPage } from './app-protocol.js';
import { serveMedia } from './media-protocol.js';
import { installAppMenu } from './menu-actions.js';
import { rememberWindow } from './remember-window.js';
import { registerSchemes } from './schemes.js';
import { isTrustedSender } from './sender-guard.js';
import { applySessionPolicy } from './session-policy.js';
import { keychainSeal } from './token-seal.js';
import { hardenContents, windowOptions } from './window.js';
import { windowStateFile } from './window-state.js';

const renderer = resolveRendererLocation(
  import.meta.dirname,
  app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
);
let mainWindow: BrowserWindow | null = null;
let core: CoreClient | null = null;
let coreClosing = false;
// First: every failure after this is logged and shown.
const log = startAppLog();

// Both must happen before 'ready'.
app.enableSandbox();
registerSchemes();

// A second copy would open the same database as a second writer.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, renderer.appOrigin, openInBrowser));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('will-quit', closeCoreBeforeQuit);
  app.whenReady().then(start).catch(failToStart);
} else {
  app.quit();
}

function start(): void {
  const userDataDir = app.getPath('userData');
  const { dbPath, cacheDir } = resolveDataPaths(userDataDir);
  const emit = createEventForwarder(() => mainWindow?.webContents ?? null);
  // Core owns the database in a process of its own, so a 3,000-photo sort never freezes the window;
  // the window opens meanwhile, and calls made before core has opened wait for it there.
  // The app syncs by itself; net.isOnline() spares the shop probe while the laptop has no network at all.
  core = connectCore(forkCoreProcess(import.meta.dirname, sqliteBindingPath(import.meta.dirname, process.resourcesPath, app.isPackaged), log), {
    dbPath,
    cacheDir,
    userDataDir,
    emit,
    sync: { background: true, seal: keychainSeal(), onlineHint: () => net.isOnline() },
    onStopped: coreStopped,
  });
  core.ready.catch(failToStart);
  applySessionPolicy(session.defaultSession);
  const handlers = { ...core.handlers, 'folders.pick': pickFolders };
  // Core's own process validates its calls; only the folder chooser is answered on this thread.
  const here = answerWith(handlers);
  const client = core;
  registerIpcHandlers((method, input) => (method === 'folders.pick' ? here(method, input) : client.call(method, input)), (frame) => isTrustedSender(frame, renderer.appOrigin));
  installAppMenu({ handlers, window: () => mainWindow, emit, log });
  serveMedia(cacheDir);
  if (renderer.rendererDir) serveAppPage(renderer.rendererDir);
  openMainWindow();
}

/** The native chooser, several folders at once (two memory cards, two photographers feed one job). */
async function pickFolders({ title }: { title: string }): Promise<{ folders: string[] }> {
  const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'multiSelections'] };
  const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return { folders: chosen.canceled ? [] : chosen.filePaths };
}

function openMainWindow(): void {
  // electronegativity cannot follow the options into windowOptions(), so it flags these three
  // here; tests/unit/shell/window-creation.test.ts checks what windowOptions() returns and that
  // every window is made from it.
  const window = new BrowserWindow(windowOptions(renderer.preloadPath)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => window.show());
  rememberWindow(window, windowStateFile(app.getPath('userData')), log.error);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  window.loadURL(renderer.url).catch(failToStart);
}

/** Only links hardenContents has checked with isAllowedExternal() get here, which is why electronegativity's review flag is off. */
function openInBrowser(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error('Opening a link in the browser failed:', error)); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Quitting waits for core to finish its writes and close the database. */
function closeCoreBeforeQuit(event: Electron.Event): void {
  if (!core) return;
  event.preventDefault();
  if (coreClosing) return;
  coreClosing = true;
  void core
    .close()
    .catch((error: unknown) => console.error('Closing core failed:', error))
    .finally(() => {
      core = null;
      app.quit();
    });
}

/** Every call would fail from here on: say so once, rather than leave a window that answers nothing. */
function coreStopped(why: string): void {
  core = null;
  dialog.showErrorBox('Shootdesk has to close', why);
  app.exit(1);
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Shootdesk could not start', message);
  app.exit(1);
}
