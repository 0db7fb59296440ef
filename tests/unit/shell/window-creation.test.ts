import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/main/window.js';
import { readSourceFiles } from '../../support/security/source-scan.js';
import { FACTORY_FILE, REQUIRED_PREFERENCES, scanWindowCreation, webPreferencesFindings } from '../../support/security/window-creation-rules.js';

const ROOT = path.join(import.meta.dirname, '../../..');
const PRELOAD = '/app/out/preload/index.cjs';

const scan = (text: string, file = 'electron/main/other.ts') => scanWindowCreation({ file, text });
const problems = (text: string, file?: string) => scan(text, file).findings.map((finding) => finding.problem);

describe('every window the main process creates', () => {
  const sources = readSourceFiles(ROOT, 'electron');

  it('comes from windowOptions(), and nothing else makes or weakens one', () => {
    expect(sources.map((source) => source.file)).toContain('electron/main/index.ts');
    const scans = sources.map(scanWindowCreation);
    expect(scans.flatMap((result) => result.findings)).toEqual([]);
    // The scan must have seen the app's real window, or it proves nothing.
    expect(scans.flatMap((result) => result.windows).map((window) => window.file)).toContain('electron/main/index.ts');
  });

  it('gets every secure preference from the factory, and nothing but the preload path', () => {
    expect(webPreferencesFindings(windowOptions(PRELOAD))).toEqual([]);
    expect(windowOptions(PRELOAD).webPreferences?.preload).toBe(PRELOAD);
    expect(windowOptions).toHaveLength(1);
  });
});

describe('scanWindowCreation', () => {
  it.each([
    ['the factory', 'new BrowserWindow(windowOptions(renderer.preloadPath));'],
    ['the factory through the electron namespace', 'new electron.BrowserWindow(windowOptions(p));'],
    ['a static method', 'BrowserWindow.getAllWindows().length;'],
    ['a type', 'let w: BrowserWindow | null = null; type V = Electron.BrowserView;'],
    ['a plain import', "import { BrowserWindow } from 'electron';"],
    ['a type-only import', "import type { WebContentsView } from 'electron';"],
    ['a denying window-open handler', "contents.setWindowOpenHandler(() => ({ action: 'deny' }));"],
  ])('accepts %s', (_name, text) => {
    expect(problems(text)).toEqual([]);
  });

  it('counts each window made by the factory', () => {
    expect(scan('new BrowserWindow(windowOptions(a)); new BrowserWindow(windowOptions(b));').windows.map((w) => w.line)).toEqual([1, 1]);
  });

  it('allows webPreferences only in the factory file', () => {
    expect(problems('export const o = { webPreferences: { sandbox: true } };', FACTORY_FILE)).toEqual([]);
    expect(problems('export const o = { webPreferences: { sandbox: true } };')).toEqual([`webPreferences outside ${FACTORY_FILE}`]);
  });

  const weakened: Array<[string, string, RegExp]> = [
    ['options written out', 'new BrowserWindow({ webPreferences: { nodeIntegration: true } });', /must take exactly windowOptions/],
    ['no options at all (Electron defaults)', 'new BrowserWindow();', /must take exactly windowOptions/],
    ['the factory spread and overridden', 'new BrowserWindow({ ...windowOptions(p), webPreferences: { sandbox: false } });', /webPreferences outside/],
    ['the factory with a second argument', 'new BrowserWindow(windowOptions(p, { sandbox: false }));', /must take exactly windowOptions/],
    ['the factory result changed first', 'const o = windowOptions(p); o.webPreferences!.sandbox = false; new BrowserWindow(o);', /webPreferences outside/],
    ['element access to the preferences', "const o = windowOptions(p); o['webPreferences'] = {}; new BrowserWindow(o);", /webPreferences outside/],
    ['another options function', 'new BrowserWindow(otherOptions(p));', /must take exactly windowOptions/],
    ['through the electron namespace', 'new electron.BrowserWindow({});', /must take exactly windowOptions/],
    ['a renamed import', "import { BrowserWindow as Win } from 'electron'; new Win(windowOptions(p));", /imported under another name/],
    ['an alias', 'const Win = BrowserWindow; new Win(windowOptions(p));', /used as a value/],
    ['Reflect.construct', 'Reflect.construct(BrowserWindow, [{}]);', /used as a value/],
    ['a BrowserView', 'new BrowserView({});', /BrowserView is not allowed/],
    ['a WebContentsView', "import { WebContentsView } from 'electron'; new WebContentsView();", /WebContentsView is not allowed/],
    ['a BaseWindow', 'new electron.BaseWindow({});', /BaseWindow is not allowed/],
    ['a window-open handler that allows', "contents.setWindowOpenHandler(() => ({ action: 'allow' }));", /answers 'allow'/],
    ['window options a page may pass', 'const answer = { overrideBrowserWindowOptions: { webPreferences: {} } };', /lets a page open its own window/],
    ['a window-open handler that builds the window', 'const answer = { createWindow: (options) => make(options) };', /lets a page open its own window/],
  ];

  it.each(weakened)('refuses %s', (_name, text, problem) => {
    expect(problems(text).some((found) => problem.test(found)), problems(text).join('\n')).toBe(true);
  });

  it('names the file and line of each finding', () => {
    expect(scan('\n\nnew BrowserView();', 'electron/main/menu.ts').findings).toEqual([
      { file: 'electron/main/menu.ts', line: 3, problem: 'BrowserView is not allowed: every window is a BrowserWindow from windowOptions()' },
    ]);
  });
});

describe('webPreferencesFindings', () => {
  const secure = windowOptions(PRELOAD);
  const weaken = (change: Record<string, unknown>): BrowserWindowConstructorOptions => ({ ...secure, webPreferences: { ...secure.webPreferences, ...change } });
  const without = (key: string): BrowserWindowConstructorOptions => {
    const prefs: Record<string, unknown> = { ...secure.webPreferences };
    delete prefs[key];
    return { ...secure, webPreferences: prefs };
  };

  const flipped = Object.entries(REQUIRED_PREFERENCES).map(([key, value]) => [`${key}: ${String(!value)}`, weaken({ [key]: !value }), key] as const);
  const missing = Object.keys(REQUIRED_PREFERENCES).map((key) => [`${key} left to Electron's default`, without(key), key] as const);
  const extras: Array<readonly [string, BrowserWindowConstructorOptions, string]> = [
    ['a Blink feature switched on', weaken({ enableBlinkFeatures: 'CSSPseudoHas' }), 'enableBlinkFeatures'],
    ['extra renderer arguments', weaken({ additionalArguments: ['--no-sandbox'] }), 'additionalArguments'],
    ['a shared persistent partition', weaken({ partition: 'persist:other' }), 'partition'],
    ['another session', weaken({ session: {} }), 'session'],
    ['nodeIntegration as a truthy string', weaken({ nodeIntegration: 'yes' }), 'nodeIntegration'],
    ['no preload', without('preload'), 'preload'],
    ['a relative preload', weaken({ preload: 'preload/index.cjs' }), 'preload'],
    ['no webPreferences at all', { ...secure, webPreferences: undefined }, 'contextIsolation'],
  ];

  it.each([...flipped, ...missing, ...extras])('refuses %s', (_name, options, key) => {
    const found = webPreferencesFindings(options);
    expect(found.some((problem) => problem.includes(key)), found.join('\n')).toBe(true);
  });
});
