import type { FormEvent } from 'react';
import { useAppStore } from '../store/use-app-store';
import { describeProgress } from '../sort/describe-progress';

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
      {running && (
        <div className="progress">
          <progress aria-label="Sort progress" max={run.progress?.total || undefined} value={run.progress && run.progress.total > 0 ? run.progress.done : undefined} />
          <p>{describeProgress(run.progress)}</p>
        </div>
      )}
      {running && run.notice && <p className="error">{run.notice}</p>}
    </section>
  );
}
