import type { SortReport } from '../../shared/domain.js';
import { terminalLines } from './terminal-text.js';

/** `1 photo`, `3 photos`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * The readable summary `shootdesk sort` (and `galleries`, which times nothing: `timed` false) prints
 * without --json, names and payloads escaped for the terminal.
 */
export function formatSummary(report: SortReport, timed = true): string {
  const { stats } = report;
  const files = timed ? `${count(stats.files, 'file')}, ${stats.seconds.toFixed(1)} s` : count(stats.files, 'file');
  const lines = [
    `Job "${report.job.name}": ${count(report.galleries.length, 'gallery', 'galleries')} from ${count(stats.photos, 'photo')} and ${count(stats.cards, 'card')} (${files}).`,
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

/** What `shootdesk review` prints: each held group with its message and photos, then the unassigned ones. */
export function formatReview(report: Pick<SortReport, 'review' | 'unassigned'>): string {
  const held = report.review.reduce((n, r) => n + r.photos.length, 0);
  if (held === 0 && report.unassigned.length === 0) return terminalLines(['Nothing to review: every photo is in a gallery or hidden.']);
  const lines = [`${count(held, 'photo')} held for review, ${count(report.unassigned.length, 'photo')} unassigned.`];
  for (const item of report.review) {
    lines.push(`[${item.reason}] ${item.message}`, ...item.photos.map((photo) => `  ${photo}`));
  }
  if (report.unassigned.length > 0) lines.push('[unassigned] Before the first card of their camera:', ...report.unassigned.map((photo) => `  ${photo}`));
  return terminalLines(lines);
}
