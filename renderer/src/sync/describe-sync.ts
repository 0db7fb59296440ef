import type { SyncStatus } from '../../../shared/api/sync-status';

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;

/** "4.2 MB/s": a decimal megabyte, as network speeds are given. */
export function describeRate(bytesPerSecond: number): string {
  const mb = bytesPerSecond / 1_000_000;
  return mb >= 10 ? `${Math.round(mb)} MB/s` : `${mb.toFixed(1)} MB/s`;
}

/** "45 s", "3 min", "1 h 20 min": rounded up, never promising less than is left. */
export function describeTimeLeft(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** "4.2 MB": what is left to upload. */
export function describeBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.ceil(bytes / 1000)} kB`;
  return bytes < 1_000_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

/**
 * The sync in one line, for the window's header: "Offline", "Up to date", "Syncing 120 of 3,000 ·
 * 4.2 MB/s · 3 min left", "Paused", "2 problems". Problems are added to any state but the quiet one,
 * where they are the news. Uploads left under way by the last Shootdesk (it was closed, killed or
 * crashed) are said until a run has gone on with them: "Offline · resuming 3 uploads".
 */
export function describeSync(status: SyncStatus): string {
  const problems = status.problemCount > 0 ? plural(status.problemCount, 'problem', 'problems') : null;
  const resuming = status.resumed > 0 ? `resuming ${plural(status.resumed, 'upload', 'uploads')}` : null;
  const withProblems = (text: string): string => [text, resuming, problems].filter((part) => part !== null).join(' · ');
  switch (status.state) {
    case 'off':
      return withProblems('Sync off');
    case 'paused':
      return withProblems('Paused');
    case 'offline':
      return withProblems('Offline');
    case 'syncing': {
      const parts = [status.run ? `Syncing ${count(status.run.sent)} of ${count(status.run.total)}` : 'Syncing'];
      if (status.bytesPerSecond > 0) parts.push(describeRate(status.bytesPerSecond));
      if (status.bytesPerSecond > 0 && status.secondsLeft !== null && status.secondsLeft > 0) parts.push(`${describeTimeLeft(status.secondsLeft)} left`);
      return withProblems(parts.join(' · '));
    }
    case 'online':
      if (problems !== null) return [problems, resuming].filter((part) => part !== null).join(' · ');
      return withProblems(status.pending === 0 ? 'Up to date' : `${plural(status.pending, 'change', 'changes')} to send`);
  }
}
