import { escapeControl } from '../core/text/escape-control.js';

/**
 * Lines for a terminal, each ending in a newline. File names, QR payloads and names-list cells may
 * hold newlines or escape sequences (`ESC[2J` clears the screen): they are shown escaped, so what
 * is printed can neither forge a line nor drive the terminal. --json output stays exact.
 */
export function terminalLines(lines: readonly string[]): string {
  return lines.map((line) => `${escapeControl(line)}\n`).join('');
}

/** Tab-separated rows for a terminal (and for `cut`): cells escaped, the tabs between them kept. */
export function terminalTable(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(escapeControl).join('\t')}\n`).join('');
}
