import type { MethodOutput } from '../../shared/api/contract.js';
import { count } from './format-summary.js';
import { terminalLines } from './terminal-text.js';

/** What `shootdesk export yearbook` prints: what was delivered, then every pupil who is not in it and why. */
export function formatYearbook(job: string, result: MethodOutput<'export.yearbook'>): string {
  const lines = [`Yearbook delivery of job "${job}": ${count(result.portraits, 'portrait')} in ${result.imageFolders.join(', ')}: ${result.folder}`];
  if (result.leftOut.length > 0) lines.push(`${count(result.leftOut.length, 'pupil')} left out, with no portrait in the delivery:`);
  for (const pupil of result.leftOut) lines.push(`  ${pupil.lastName}, ${pupil.firstName} (${pupil.group || 'no class'}, ${pupil.code}): ${pupil.message}`);
  if (result.spares > 0) lines.push(`${count(result.spares, 'walk-up card')} nobody named ${result.spares === 1 ? 'is' : 'are'} not in the yearbook.`);
  return terminalLines(lines);
}
