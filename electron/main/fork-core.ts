import { utilityProcess } from 'electron';
import { join } from 'node:path';
import type { ChildLink } from '../core/app/core-messages.js';
import { logLinesOf } from './core-output.js';

/** Where core's output lines go: its standard output as information, its standard error as errors. */
export interface CoreOutputLog {
  info: (line: string) => void;
  error: (line: string) => void;
}

/**
 * Starts core's process (out/main/core-process.js, built beside this bundle) as an Electron
 * utility process: a Node process of its own, so SQLite, the split and reports never hold up the
 * main process, which draws menus and moves windows.
 */
export function forkCoreProcess(mainDir: string, sqliteBinding: string, output: CoreOutputLog): ChildLink {
  const child = utilityProcess.fork(join(mainDir, 'core-process.js'), [], {
    serviceName: 'Shootdesk core',
    stdio: 'pipe',
    // Core opens SQLite there, on Electron's ABI: it loads the Electron build, not the Node one in node_modules.
    env: { ...process.env, SHOOTDESK_SQLITE_BINDING: sqliteBinding },
  });
  logLinesOf(child.stdout, output.info);
  logLinesOf(child.stderr, output.error);
  return {
    post: (message) => child.postMessage(message),
    listen: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => void child.kill(),
  };
}
