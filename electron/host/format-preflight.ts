import type { MethodOutput } from '../../shared/api/contract.js';
import { terminalLines } from './terminal-text.js';

type Result = MethodOutput<'preflight.get'>;

/** The step each warning's fix is from the command line. */
function fixCommand(job: string, warning: Result['warnings'][number]): string {
  const quoted = JSON.stringify(job);
  switch (warning.fix) {
    case 'set-selling':
      return `shootdesk jobs status ${quoted} selling`;
    case 'activate':
      return `shootdesk activate --job ${quoted} ${warning.items.join(' ')}`;
    case 'deactivate':
      return `shootdesk deactivate --job ${quoted} ${warning.items.join(' ')}`;
    case 'show-photos':
      return `shootdesk unhide --job ${quoted} ${warning.items.map((item) => JSON.stringify(item)).join(' ')}`;
    case 'review':
      return `shootdesk review --job ${quoted}`;
  }
}

/** What `shootdesk preflight` prints: how many customers see what, then each warning with its fix. */
export function formatPreflight(job: string, result: Result): string {
  const { counts } = result;
  const lines = [
    `Job "${job}": ${result.entries.length} codes. Customers see: the gallery ${counts.gallery}, “almost ready” ${counts['almost-ready']}, the archive message ${counts.archived}.`,
  ];
  if (result.warnings.length === 0) lines.push('Nothing to fix.');
  for (const warning of result.warnings) lines.push(`! ${warning.message}`, `  fix: ${fixCommand(job, warning)}`);
  return terminalLines(lines);
}
