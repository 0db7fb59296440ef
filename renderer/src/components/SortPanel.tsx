import type { FormEvent } from 'react';
import { useAppStore } from '../store/use-app-store';
import type { ScanProgress } from '../store/types';

export function SortPanel() {
  const form = useAppStore((s) => s.sortForm);
  const run = useAppStore((s) => s.sortRun);
  const editSortForm = useAppStore((s) => s.editSortForm);
  const runSort = useAppStore((s) => s.runSort);
  const cancelSort = useAppStore((s) => s.cancelSort);
  const running = run.phase === 'running';
  const ready = form.folder.length > 0 && form.job.trim().length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    void runSort();
  }

  return (
    <section>
      <h2>Sort a shoot</h2>
      <form onSubmit={submit} className="sort-form">
        <label>
          Photo folder
          <input value={form.folder} onChange={(e) => editSortForm({ folder: e.target.value })} disabled={running} placeholder="/Volumes/Card/DCIM" />
        </label>
        <label>
          Job name
          <input value={form.job} onChange={(e) => editSortForm({ job: e.target.value })} disabled={running} maxLength={200} />
        </label>
        <label>
          Names CSV (optional)
          <input value={form.names} onChange={(e) => editSortForm({ names: e.target.value })} disabled={running} />
        </label>
        <div className="actions">
          <button type="submit" disabled={running || !ready}>Sort</button>
          {running && <button type="button" onClick={() => void cancelSort()}>Cancel</button>}
        </div>
      </form>
      {running && <p className="progress">{describeProgress(run.progress)}</p>}
      {running && run.notice && <p className="error">{run.notice}</p>}
    </section>
  );
}

function describeProgress(progress: ScanProgress | null): string {
  if (!progress) return 'Starting…';
  const found = progress.stage === 'walk' && progress.done > 0 ? `: ${progress.done} so far` : '';
  const counts = progress.total > 0 ? ` ${progress.done} / ${progress.total}` : found;
  const rate = progress.stage === 'analyse' && progress.rate > 0 ? ` (${progress.rate.toFixed(1)} files/s)` : '';
  return `${STAGE_LABELS[progress.stage]}${counts}${rate}`;
}

const STAGE_LABELS: Record<ScanProgress['stage'], string> = {
  walk: 'Finding photos',
  analyse: 'Reading photos and cards',
  split: 'Building galleries',
  done: 'Finishing',
};
