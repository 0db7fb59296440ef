import type { SortReport } from '../../shared/domain.js';
import { terminalLines } from './terminal-text.js';

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** The readable summary `shootdesk sort` prints without --json, names and payloads escaped for the terminal. */
export function formatSummary(report: SortReport): string {
  const { stats } = report;
  const lines = [
    `Job "${report.job.name}": ${count(report.galleries.length, 'gallery', 'galleries')} from ${count(stats.photos, 'photo')} and ${count(stats.cards, 'card')} (${count(stats.files, 'file')}, ${stats.seconds.toFixed(1)} s).`,
  ];
  for (const gallery of report.galleries) {
    const name = [gallery.subject.firstName, gallery.subject.lastName].filter(Boolean).join(' ');
    const group = gallery.subject.group ? ` (${gallery.subject.group})` : '';
    lines.push(`  ${gallery.code}  ${name}${group}: ${count(gallery.photos.length, 'photo')}`);
  }
  if (report.unassigned.length > 0) lines.push(`Before the first card (unassigned): ${count(report.unassigned.length, 'photo')}.`);
  if (report.review.length > 0) {
    lines.push(`Review (${count(report.review.reduce((n, r) => n + r.photos.length, 0), 'photo')}):`);
    for (const item of report.review) lines.push(`  [${item.reason}] ${count(item.photos.length, 'photo')}: ${item.message}`);
  }
  if (report.errors.length > 0) {
    lines.push(`Could not read ${count(report.errors.length, 'file')}:`);
    for (const error of report.errors) lines.push(`  ${error.file}: ${error.message}`);
  }
  return terminalLines(lines);
}
