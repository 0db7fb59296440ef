import ts from 'typescript';
import { forEachNode, isTypeOnly, lineOf, parse } from './source-scan.js';
import type { Finding, SourceFile } from './source-scan.js';

/** The guarded registration module: the only file that may touch ipcMain. */
export const IPC_MODULE = 'electron/main/ipc.ts';
/** The only file that may touch ipcRenderer; it hands the page the contract, never ipcRenderer itself. */
export const PRELOAD = 'electron/preload/index.ts';

// ipcMain.handle is the one registration the sender guard wraps; on/once/handleOnce and the
// rest would take messages the guard never sees.
const IPC_MAIN_METHODS = new Set(['handle']);
// The preload calls methods and listens to events; ipcRenderer passed on as a value would
// hand the page every channel (send, sendSync, postMessage).
const IPC_RENDERER_METHODS = new Set(['invoke', 'on', 'removeListener']);

/** Every place a source file reaches the main process's IPC other than through the guard. */
export function scanIpcUse(source: SourceFile): Finding[] {
  const findings: Finding[] = [];
  const at = (node: ts.Node, problem: string) => findings.push({ file: source.file, line: lineOf(node), problem });

  forEachNode(parse(source), (node) => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'ipc' && !isTypeOnly(node)) {
      at(node, `webContents.ipc registers handlers past the sender guard in ${IPC_MODULE}`);
    }
    if (!ts.isIdentifier(node) || isTypeOnly(node)) return;
    if (node.text === 'ipcMain') {
      if (source.file === IPC_MODULE) checkMemberUse(node, IPC_MAIN_METHODS, at);
      else at(node, `ipcMain used outside ${IPC_MODULE}`);
    }
    if (node.text === 'ipcRenderer') {
      if (source.file === PRELOAD) checkMemberUse(node, IPC_RENDERER_METHODS, at);
      else at(node, `ipcRenderer used outside ${PRELOAD}`);
    }
  });
  return findings;
}

/** The module may be imported by its own name and its allowed methods called: nothing else. */
function checkMemberUse(node: ts.Identifier, methods: ReadonlySet<string>, at: (node: ts.Node, problem: string) => void): void {
  const parent = node.parent;
  if (ts.isImportSpecifier(parent)) {
    if (parent.propertyName) at(node, `${node.text} imported under another name`);
    return;
  }
  const target = ts.isPropertyAccessExpression(parent) && parent.name === node ? parent : node;
  const member = target.parent;
  if (ts.isPropertyAccessExpression(member) && member.expression === target && methods.has(member.name.text)) return;
  at(node, `only ${[...methods].map((method) => `${node.text}.${method}`).join(', ')} allowed here`);
}
