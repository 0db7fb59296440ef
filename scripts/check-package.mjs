// `npm run check:package -- <unpacked app folder>`: reads a packaged Shootdesk back and says what is
// wrong with it, one line each (exit 1), or that it is sound (exit 0). The folder is what
// electron-builder writes before making an installer: release/linux-unpacked, release/win-unpacked,
// release/mac/Shootdesk.app. Checked: every fuse as electron-builder.yml sets it; everything the app's
// code imports is inside, and what only the shop server or the renderer's bundle uses is not; the
// native parts are on disk beside app.asar; the Electron build of better-sqlite3 is there.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import yaml from 'js-yaml';

const REPO = resolve(import.meta.dirname, '..');
const FUSE_ON = 49;
const FUSE_OFF = 48;
/** FuseV1Options' order in the wire (@electron/fuses), by electron-builder.yml's names. */
const FUSE_WIRE = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
/** Only the shop server or the renderer's bundle uses these: a desktop package carries none. */
const NOT_IN_THE_APP = ['fastify', '@tus/server', '@tus/file-store', '@tus/s3-store', 'pg', '@aws-sdk/client-s3', 'react', 'react-dom', 'zustand'];
const ENTRIES = ['out/main/index.js', 'out/main/core-process.js', 'out/main/analyse-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

/** Where the Electron binary (or the framework holding the fuses, on macOS) and resources/ are. */
function layoutOf(appDir) {
  if (appDir.endsWith('.app')) {
    return { binary: appDir, resources: join(appDir, 'Contents', 'Resources') };
  }
  const resources = join(appDir, 'resources');
  const exe = readdirSync(appDir).find((name) => name.endsWith('.exe') && !/uninstall/i.test(name));
  const product = readConfig().executableName ?? JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).name;
  return { binary: join(appDir, exe ?? product), resources };
}

function readConfig() {
  return yaml.load(readFileSync(join(REPO, 'electron-builder.yml'), 'utf8'));
}

async function checkFuses(binary, problems) {
  const wanted = readConfig().electronFuses ?? {};
  for (const name of FUSE_WIRE) {
    if (typeof wanted[name] !== 'boolean') problems.push(`electron-builder.yml: electronFuses.${name} is not set: every fuse is set on purpose`);
  }
  let wire;
  try {
    wire = await getCurrentFuseWire(binary);
  } catch (error) {
    problems.push(`${binary}: no fuse wire could be read (${error.message})`);
    return;
  }
  FUSE_WIRE.forEach((name, index) => {
    if (typeof wanted[name] !== 'boolean') return;
    const state = wire[index];
    const expected = wanted[name] ? FUSE_ON : FUSE_OFF;
    if (state !== expected) {
      const seen = state === FUSE_ON ? 'on' : state === FUSE_OFF ? 'off' : `in state ${state}`;
      problems.push(`fuse ${name} is ${seen} in ${basename(binary)}; electron-builder.yml wants it ${wanted[name] ? 'on' : 'off'}`);
    }
  });
}

/** The package a bare import names (`zxing-wasm/reader` → `zxing-wasm`), or null for Node's own and Electron. */
function packageOf(specifier) {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]) || specifier === 'electron') return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Import and export statements at a line's start, dynamic imports and requires: not words in a message. */
const IMPORTS = [
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm,
  /^\s*import\s*["']([^"']+)["']/gm,
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
];
const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/.*)?$/;

function checkContents(archive, problems) {
  const files = new Set(listPackage(archive, { isPack: false }).map((path) => path.replaceAll('\\', '/').replace(/^\//, '')));
  for (const entry of ENTRIES) if (!files.has(entry)) problems.push(`app.asar lacks ${entry}: build with \`npm run build\` before packaging`);
  for (const name of NOT_IN_THE_APP) if (files.has(`node_modules/${name}/package.json`)) problems.push(`app.asar carries ${name}, which only the shop server or the renderer's bundle uses`);

  const read = (path) => extractFile(archive, path).toString('utf8');
  const wanted = new Set();
  for (const file of files) {
    if (!/^out\/(main|preload)\/[^/]+\.(c|m)?js$/.test(file)) continue;
    const code = read(file);
    for (const pattern of IMPORTS) {
      for (const [, specifier] of code.matchAll(pattern)) {
        const name = PACKAGE_NAME.test(specifier) ? packageOf(specifier) : null;
        if (name) wanted.add(`${name}\u0000${file}`);
      }
    }
  }
  // Node's lookup: the importing package's own node_modules first, then each one above it.
  const locate = (name, from) => {
    let base = from;
    for (;;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (files.has(`${candidate}/package.json`)) return candidate;
      if (!base) return null;
      const up = base.lastIndexOf('/node_modules/');
      base = up < 0 ? '' : base.slice(0, up);
    }
  };
  const seen = new Set();
  const queue = [...wanted].map((pair) => {
    const [name, file] = pair.split('\u0000');
    return { name, from: '', by: file };
  });
  while (queue.length > 0) {
    const { name, from, by } = queue.shift();
    const at = locate(name, from);
    if (!at) {
      problems.push(`app.asar lacks ${name}, which ${by} needs`);
      continue;
    }
    if (seen.has(at)) continue;
    seen.add(at);
    const manifest = JSON.parse(read(`${at}/package.json`));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) queue.push({ name: dependency, from: at, by: at.replace(/^.*node_modules\//, '') });
    // An optional dependency (a platform's prebuilt binary) is needed when this machine installed it.
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) {
      if (existsSync(join(REPO, 'node_modules', dependency, 'package.json'))) queue.push({ name: dependency, from: at, by: at.replace(/^.*node_modules\//, '') });
    }
  }
  return seen.size;
}

function checkNatives(resources, problems) {
  const unpacked = join(resources, 'app.asar.unpacked', 'node_modules');
  const findings = [
    ['the Electron build of better-sqlite3', join(resources, 'electron-native'), /^better_sqlite3\.node$/, 'run `npm run electron:native` where Electron can be downloaded, then package again'],
    ["sharp's addon", join(unpacked, '@img'), /^sharp-[\w.-]+\.node$/, 'asarUnpack must list node_modules/@img/**'],
    ['libvips', join(unpacked, '@img'), /^libvips[\w.-]*\.(so[\d.]*|dylib|dll)$/, 'asarUnpack must list node_modules/@img/**'],
    ["ZXing's WebAssembly", join(unpacked, 'zxing-wasm'), /\.wasm$/, 'asarUnpack must list node_modules/zxing-wasm/dist/**/*.wasm'],
  ];
  for (const [what, folder, pattern, fix] of findings) {
    if (!findFile(folder, pattern)) problems.push(`${what} is not on disk beside app.asar (${folder}): ${fix}`);
  }
}

function findFile(folder, pattern) {
  if (!existsSync(folder)) return false;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory() ? findFile(path, pattern) : pattern.test(name)) return true;
  }
  return false;
}

const appDir = process.argv[2];
if (!appDir || !existsSync(appDir)) {
  process.stderr.write('Usage: npm run check:package -- <unpacked app folder, e.g. release/linux-unpacked>\n');
  process.exit(2);
}
const { binary, resources } = layoutOf(resolve(appDir));
const problems = [];
await checkFuses(binary, problems);
const archive = join(resources, 'app.asar');
const packages = existsSync(archive) ? checkContents(archive, problems) : (problems.push(`${archive} is missing`), 0);
checkNatives(resources, problems);
if (problems.length > 0) {
  process.stdout.write(`${problems.map((problem) => `✗ ${problem}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`✓ ${appDir}: every fuse as set, ${packages} packages the app imports all inside, the native parts on disk\n`);
