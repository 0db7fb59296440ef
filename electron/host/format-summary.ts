import type { SortReport } from '../../shared/domain.js';

/** The readable summary `shootdesk sort` prints without --json. */
export function formatSummary(report: SortReport): string {
  const { stats } = report;
  const lines = [
    `Job "${report.job.name}": ${report.galleries.length} galleries from ${stats.photos} photos and ${stats.cards} cards (${stats.files} files, ${stats.seconds.toFixed(1)} s).`,
  ];
  for (const gallery of report.galleries) {
    const name = [gallery.subject.firstName, gallery.subject.lastName].filter(Boolean).join(' ');
    const group = gallery.subject.group ? ` (${gallery.subject.group})` : '';
    lines.push(`  ${gallery.code}  ${name}${group}: ${gallery.photos.length} photos`);
  }
  if (report.unassigned.length > 0) lines.push(`Before the first card (unassigned): ${report.unassigned.length} photos.`);
  if (report.review.length > 0) {
    lines.push(`Review (${report.review.reduce((n, r) => n + r.photos.length, 0)} photos held, none in any gallery unless said):`);
    for (const item of report.review) lines.push(`  [${item.reason}] ${item.photos.length} photos: ${item.message}`);
  }
  if (report.errors.length > 0) {
    lines.push(`Could not read ${report.errors.length} files:`);
    for (const error of report.errors) lines.push(`  ${error.file}: ${error.message}`);
  }
  return lines.join('\n');
}
