// `npm run electron:native` (also run by `npm ci`): better-sqlite3 built for Electron's ABI into
// electron-native/, apart from the Node build in node_modules that the CLI and the tests load. The app
// loads this one explicitly (better-sqlite3's nativeBinding option). Needs Electron's headers or a
// prebuilt binary from the internet; where they cannot be had, it says so in a sentence and leaves the
// install alone (`npm start` then says what is missing).
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { electronInstalled, NATIVE_DIR, REPO, readNativeStamp } from './electron-setup.mjs';

const skip = (why) => {
  process.stdout.write(`Skipped the Electron build of better-sqlite3: ${why}. The CLI and the tests do not need it; \`npm start\` does (run \`npm run electron:native\` where the internet is reachable).\n`);
  process.exit(0);
};
// Installed without the development packages (`npm ci --omit=dev`: the CLI or the shop server alone).
if (!existsSync(join(REPO, 'node_modules/electron/package.json'))) skip('Electron is not among the installed packages');
const electronVersion = JSON.parse(readFileSync(join(REPO, 'node_modules/electron/package.json'), 'utf8')).version;
const sqliteVersion = JSON.parse(readFileSync(join(REPO, 'node_modules/better-sqlite3/package.json'), 'utf8')).version;

const stamp = readNativeStamp();
if (stamp?.electron === electronVersion && stamp.betterSqlite3 === sqliteVersion) {
  process.stdout.write(`The Electron ${electronVersion} build of better-sqlite3 ${sqliteVersion} is in electron-native/.\n`);
  process.exit(0);
}
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !electronInstalled()) skip('ELECTRON_SKIP_BINARY_DOWNLOAD is set and Electron is not installed');

// A project of its own holding a copy of the package: @electron/rebuild builds in place.
const work = resolve(REPO, '.cache', 'electron-native');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'node_modules'), { recursive: true });
cpSync(join(REPO, 'node_modules/better-sqlite3'), join(work, 'node_modules/better-sqlite3'), {
  recursive: true,
  filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
});
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'shootdesk-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
try {
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
} catch (error) {
  skip(`building it for Electron ${electronVersion} failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
}
const built = join(work, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
if (!existsSync(built)) skip(`@electron/rebuild left no ${built}`);
mkdirSync(NATIVE_DIR, { recursive: true });
copyFileSync(built, join(NATIVE_DIR, 'better_sqlite3.node'));
writeFileSync(join(NATIVE_DIR, 'stamp.json'), `${JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion })}\n`);
process.stdout.write(`Built better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} into electron-native/.\n`);
