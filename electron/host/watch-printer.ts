import type { EventPayload } from '../../shared/api/contract.js';
import { count } from './format-summary.js';
import { terminalLines } from './terminal-text.js';

/** One line per pass over a watched folder, with the time, so a photographer can glance at the log. */
export function watchPrinter(out: NodeJS.WritableStream): (pass: EventPayload<'watch.sorted'>) => void {
  return (pass) => {
    const time = new Date().toTimeString().slice(0, 8);
    const line = pass.ok
      ? `${time} sorted: ${count(pass.files, 'file')} (${count(pass.photos, 'photo')}, ${count(pass.cards, 'card')}), ${pass.held} held for review${pass.errors > 0 ? `, ${pass.errors} could not be read` : ''}`
      : `${time} could not sort: ${pass.message}`;
    out.write(terminalLines([line]));
  };
}
