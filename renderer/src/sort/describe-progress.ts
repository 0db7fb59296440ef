import type { ScanProgress } from '../store/types';

/** The line under the progress bar: the stage, how far, and while reading photos the rate and time left. */
export function describeProgress(progress: ScanProgress | null): string {
  if (!progress) return 'Starting…';
  const found = progress.stage === 'walk' && progress.done > 0 ? `: ${progress.done} so far` : '';
  const counts = progress.total > 0 ? ` ${progress.done} / ${progress.total}` : found;
  const analysing = progress.stage === 'analyse' && progress.rate > 0;
  const rate = analysing ? ` (${progress.rate.toFixed(1)} files/s${timeLeft((progress.total - progress.done) / progress.rate)})` : '';
  return `${STAGE_LABELS[progress.stage]}${counts}${rate}`;
}

/** ", about 3 min left": rounded as a person would say it, so it does not flicker every second. */
export function timeLeft(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '';
  if (seconds < 60) return `, ${Math.max(5, Math.ceil(seconds / 5) * 5)} s left`;
  if (seconds < 3600) return `, about ${Math.ceil(seconds / 60)} min left`;
  return `, about ${Math.floor(seconds / 3600)} h ${Math.ceil((seconds % 3600) / 60)} min left`;
}

const STAGE_LABELS: Record<ScanProgress['stage'], string> = {
  walk: 'Finding photos',
  analyse: 'Reading photos and cards',
  split: 'Building galleries',
  done: 'Finishing',
};
