import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's app.getPath('userData') gives for productName "Shootdesk", so the CLI and
 * the app share one database. SHOOTDESK_USER_DATA overrides it (tests, portable installs).
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SHOOTDESK_USER_DATA) return env.SHOOTDESK_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Shootdesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Shootdesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Shootdesk');
}

export function defaultDbPath(dataDir: string): string {
  return join(dataDir, 'shootdesk.sqlite');
}

export function cacheDirOf(dataDir: string): string {
  return join(dataDir, 'cache');
}
