// What `npm start` needs beyond what the CLI and the tests need: Electron's own binary, and
// better-sqlite3 built for Electron's ABI (scripts/electron-native.mjs). Shared by that script and
// the start check.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..');
export const NATIVE_DIR = join(REPO, 'electron-native');

/** The electron package writes path.txt once its binary is downloaded and unpacked. */
export function electronInstalled(root = REPO) {
  const pathTxt = join(root, 'node_modules/electron/path.txt');
  return existsSync(pathTxt) && existsSync(join(root, 'node_modules/electron/dist', readFileSync(pathTxt, 'utf8').trim()));
}

export function readNativeStamp(nativeDir = NATIVE_DIR) {
  const stamp = join(nativeDir, 'stamp.json');
  if (!existsSync(stamp) || !existsSync(join(nativeDir, 'better_sqlite3.node'))) return null;
  return JSON.parse(readFileSync(stamp, 'utf8'));
}

/** What keeps `npm start` from opening the window, one sentence each, in the order to fix them. */
export function startProblems(root = REPO, nativeDir = NATIVE_DIR) {
  const problems = [];
  if (!electronInstalled(root)) {
    problems.push('Electron itself is not installed (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD set, or its download failed): run `node node_modules/electron/install.js` where the internet is reachable.');
  }
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const stamp = readNativeStamp(nativeDir);
  if (stamp?.electron !== electronVersion) {
    const why = stamp ? `it was built for Electron ${stamp.electron}, not ${electronVersion}` : 'it has not been built';
    problems.push(`The Electron build of better-sqlite3 is missing (${why}): run \`npm run electron:native\` where the internet is reachable.`);
  }
  return problems;
}
