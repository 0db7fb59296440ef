import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC_MODULE, PRELOAD, scanIpcUse } from '../../support/security/ipc-use-rules.js';
import { readSourceFiles } from '../../support/security/source-scan.js';

const ROOT = path.join(import.meta.dirname, '../../..');

const problems = (text: string, file = 'electron/main/menu.ts') => scanIpcUse({ file, text }).map((finding) => finding.problem);

describe('IPC in the main process and the preload', () => {
  it('goes through the guarded registration module and the preload only', () => {
    const sources = readSourceFiles(ROOT, 'electron');
    const files = sources.map((source) => source.file);
    // Both must be among the scanned files, or the rules below were never exercised.
    expect(files).toEqual(expect.arrayContaining([IPC_MODULE, PRELOAD, 'electron/main/index.ts']));
    expect(sources.flatMap(scanIpcUse)).toEqual([]);
  });
});

describe('scanIpcUse', () => {
  it.each([
    ['ipcMain.handle in the registration module', "import { ipcMain } from 'electron'; ipcMain.handle(channel, guarded);", IPC_MODULE],
    ['the preload invoking and listening', "import { ipcRenderer } from 'electron'; ipcRenderer.invoke(c, i); ipcRenderer.on(c, f); ipcRenderer.removeListener(c, f);", PRELOAD],
    ['IPC types anywhere', "import type { IpcMain, IpcMainInvokeEvent } from 'electron'; let m: Electron.IpcMain; type R = typeof import('electron').ipcRenderer;", 'electron/main/index.ts'],
  ])('accepts %s', (_name, text, file) => {
    expect(problems(text, file)).toEqual([]);
  });

  const refused: Array<[string, string, string, RegExp]> = [
    ['ipcMain imported elsewhere', "import { ipcMain } from 'electron';", 'electron/main/index.ts', /ipcMain used outside electron\/main\/ipc\.ts/],
    ['ipcMain passed to the registration', 'registerIpcHandlers(ipcMain, handlers);', 'electron/main/index.ts', /ipcMain used outside/],
    ['a handler registered elsewhere', "electron.ipcMain.handle('api:x', f);", 'electron/main/menu.ts', /ipcMain used outside/],
    ['ipcMain from require', "const { ipcMain } = require('electron');", 'electron/main/menu.ts', /ipcMain used outside/],
    ['ipcMain.on in the module', 'ipcMain.on(channel, f);', IPC_MODULE, /only ipcMain\.handle/],
    ['ipcMain.handleOnce in the module', 'ipcMain.handleOnce(channel, f);', IPC_MODULE, /only ipcMain\.handle/],
    ['ipcMain aliased in the module', 'const target = ipcMain; target.handle(c, f);', IPC_MODULE, /only ipcMain\.handle/],
    ['ipcMain renamed on import', "import { ipcMain as m } from 'electron';", IPC_MODULE, /imported under another name/],
    ['per-contents IPC', 'window.webContents.ipc.handle(channel, f);', 'electron/main/index.ts', /webContents\.ipc/],
    ['ipcRenderer outside the preload', "import { ipcRenderer } from 'electron';", 'electron/main/index.ts', /ipcRenderer used outside/],
    ['ipcRenderer handed to the page', "contextBridge.exposeInMainWorld('ipc', ipcRenderer);", PRELOAD, /only ipcRenderer\.invoke/],
    ['ipcRenderer inside the bridge object', 'const bridge = { ipc: ipcRenderer };', PRELOAD, /only ipcRenderer\.invoke/],
    ['a synchronous message from the preload', 'ipcRenderer.sendSync(channel);', PRELOAD, /only ipcRenderer\.invoke/],
  ];

  it.each(refused)('refuses %s', (_name, text, file, problem) => {
    const found = problems(text, file);
    expect(found.some((p) => problem.test(p)), found.join('\n')).toBe(true);
  });
});
