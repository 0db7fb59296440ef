import type { MethodOutput } from '../../shared/api/contract.js';
import { count } from './format-summary.js';
import { terminalLines } from './terminal-text.js';

/** What `shootdesk names import` prints: the counts, the pupils the list no longer names, every row's problem. */
export function formatNamesImport(file: string, job: string, result: MethodOutput<'names.import'>): string {
  const would = result.dryRun ? 'would be ' : '';
  const lines = [
    `${result.dryRun ? 'Dry run: nothing written. ' : ''}Names list ${file} into job "${job}": ${count(result.rows, 'row')} for pupils: ${result.added} ${would}added, ${result.updated} ${would}changed, ${result.unchanged} unchanged.`,
  ];
  if (result.notInList.length > 0) {
    lines.push(`Not in this list (${result.dryRun ? 'they would be kept' : 'kept'}, with their codes and photos): ${count(result.notInList.length, 'pupil')}`);
    for (const s of result.notInList) lines.push(`  ${s.code}  ${s.firstName} ${s.lastName}${s.group ? ` (${s.group})` : ''}`);
  }
  if (result.problems.length > 0) {
    lines.push(`Problems (${count(result.problems.length, 'row')}):`);
    for (const p of result.problems) lines.push(`  row ${p.row}: ${p.message}`);
  }
  return terminalLines(lines);
}
