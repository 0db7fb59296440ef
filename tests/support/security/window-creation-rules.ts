import path from 'node:path';
import ts from 'typescript';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { forEachNode, isTypeOnly, lineOf, parse, propertyNameOf } from './source-scan.js';
import type { Finding, SourceFile } from './source-scan.js';

/** The one place allowed to spell out webPreferences, and its factory. */
export const FACTORY_FILE = 'electron/main/window.ts';
export const FACTORY = 'windowOptions';

// Every other way Electron makes a page host: none is allowed, the app has one kind of window.
const OTHER_HOSTS = new Set(['BrowserView', 'WebContentsView', 'BaseWindow']);

export interface WindowScan {
  /** Each `new BrowserWindow(windowOptions(...))`: the accepted way. */
  windows: Array<{ file: string; line: number }>;
  findings: Finding[];
}

/**
 * Finds every window a source file creates, and everything that would create one (or change
 * its preferences) other than `new BrowserWindow(windowOptions(preloadPath))`.
 */
export function scanWindowCreation(source: SourceFile): WindowScan {
  const scan: WindowScan = { windows: [], findings: [] };
  const at = (node: ts.Node, problem: string) => scan.findings.push({ file: source.file, line: lineOf(node), problem });

  forEachNode(parse(source), (node) => {
    if (ts.isIdentifier(node) && !isTypeOnly(node)) {
      if (node.text === 'BrowserWindow') checkBrowserWindowUse(node, scan, source.file, at);
      else if (OTHER_HOSTS.has(node.text)) at(node, `${node.text} is not allowed: every window is a BrowserWindow from ${FACTORY}()`);
    }
    const name = propertyNameOf(node);
    if (name === 'webPreferences' && source.file !== FACTORY_FILE) at(node, `webPreferences outside ${FACTORY_FILE}`);
    if (name === 'overrideBrowserWindowOptions' || name === 'createWindow') at(node, `${name} lets a page open its own window`);
    if (ts.isPropertyAssignment(node) && name === 'action' && ts.isStringLiteralLike(node.initializer) && node.initializer.text === 'allow') {
      at(node, "a window-open handler answers 'allow'");
    }
  });
  return scan;
}

function checkBrowserWindowUse(node: ts.Identifier, scan: WindowScan, file: string, at: (node: ts.Node, problem: string) => void): void {
  const parent = node.parent;
  if (ts.isImportSpecifier(parent)) {
    if (parent.propertyName) at(node, 'BrowserWindow imported under another name, which hides windows from this scan');
    return;
  }
  // `electron.BrowserWindow` reaches the class through a namespace: judged like the bare name.
  const target = ts.isPropertyAccessExpression(parent) && parent.name === node ? parent : node;
  const creation = target.parent;
  // Static calls such as BrowserWindow.getAllWindows() make no window.
  if (ts.isPropertyAccessExpression(creation) && creation.expression === target) return;
  if (!ts.isNewExpression(creation) || creation.expression !== target) {
    at(node, 'BrowserWindow used as a value (aliased or passed on): windows must be created where this scan sees them');
    return;
  }
  const args = creation.arguments ?? [];
  const [options] = args;
  const fromFactory =
    args.length === 1 && options !== undefined && ts.isCallExpression(options) && ts.isIdentifier(options.expression) && options.expression.text === FACTORY && options.arguments.length === 1;
  if (fromFactory) scan.windows.push({ file, line: lineOf(creation) });
  else at(creation, `new BrowserWindow(...) must take exactly ${FACTORY}(preloadPath)`);
}

/** What the factory must set, exactly. Anything not listed here is refused too. */
export const REQUIRED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
} as const satisfies WebPreferences;

// Harmless extras the factory may set; a new key must be added here on purpose.
const OPTIONAL_PREFERENCES = new Set(['safeDialogs']);

/** Problems with a window's options as the factory returns them: one line each. */
export function webPreferencesFindings(options: BrowserWindowConstructorOptions): string[] {
  const prefs: Record<string, unknown> = { ...options.webPreferences };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(REQUIRED_PREFERENCES)) {
    if (prefs[key] !== value) problems.push(`${key} must be ${String(value)}, is ${String(prefs[key])}`);
  }
  const preload = prefs.preload;
  if (typeof preload !== 'string' || !path.isAbsolute(preload)) problems.push(`preload must be an absolute path, is ${String(preload)}`);
  for (const key of Object.keys(prefs)) {
    if (key !== 'preload' && !(key in REQUIRED_PREFERENCES) && !OPTIONAL_PREFERENCES.has(key)) problems.push(`unexpected webPreferences.${key}`);
  }
  return problems;
}
