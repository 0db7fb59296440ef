import { useState, type DragEvent, type FormEvent } from 'react';
import { useAppStore } from '../store/use-app-store';
import { addFolders, chooseFoldersIntoForm } from '../sort/choose-folders';
import { describeProgress } from '../sort/describe-progress';

export function SortPanel() {
  const form = useAppStore((s) => s.sortForm);
  const run = useAppStore((s) => s.sortRun);
  const editSortForm = useAppStore((s) => s.editSortForm);
  const runSort = useAppStore((s) => s.runSort);
  const cancelSort = useAppStore((s) => s.cancelSort);
  const running = run.phase === 'running';
  const ready = form.folder.trim().length > 0 && form.job.trim().length > 0;
  const [chooseProblem, setChooseProblem] = useState<string | null>(null);

  async function chooseFolders() {
    setChooseProblem(await chooseFoldersIntoForm());
  }

  // Folders dropped on the form (the desktop app knows their paths; a browser does not).
  function drop(event: DragEvent) {
    const paths = [...event.dataTransfer.files].map((file) => window.shootdesk.pathOfDropped(file)).filter(Boolean);
    if (paths.length === 0) return;
    event.preventDefault();
    editSortForm({ folder: addFolders(form.folder, paths) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void runSort();
  }

  return (
    <section>
      <h2>Sort a shoot</h2>
      <form onSubmit={submit} className="sort-form" onDragOver={(e) => window.shootdesk.desktop && e.preventDefault()} onDrop={drop}>
        <label>
          Photo folder
          <textarea
            rows={Math.max(1, form.folder.split('\n').length)}
            value={form.folder}
            onChange={(e) => editSortForm({ folder: e.target.value })}
            disabled={running}
            placeholder="/Volumes/Card/DCIM (one folder per line)"
          />
        </label>
        {window.shootdesk.desktop && (
          <button type="button" disabled={running} onClick={() => void chooseFolders()}>
            Choose folders…
          </button>
        )}
        {chooseProblem && <p className="error">{chooseProblem}</p>}
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
