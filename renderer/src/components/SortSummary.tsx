import { useAppStore } from '../store/use-app-store';

/** The outcome of the last sort: how many galleries, and what still needs a human. */
export function SortSummary() {
  const run = useAppStore((s) => s.sortRun);
  const openJobNamed = useAppStore((s) => s.openJobNamed);
  if (run.phase === 'failed') return <p className="error">Sort failed: {run.message}</p>;
  if (run.phase !== 'done') return null;
  const { job, galleries, unassigned, review, errors, stats } = run.report;

  return (
    <section>
      <h2>Sorted “{job.name}”</h2>
      <p>
        {galleries.length} galleries from {stats.photos} photos and {stats.cards} cards ({stats.files} files, {stats.seconds.toFixed(1)} s).
        {unassigned.length > 0 && ` ${unassigned.length} photos before the first card are unassigned.`}
      </p>
      <button type="button" onClick={() => void openJobNamed(job.name)}>
        Open “{job.name}”
      </button>
      {review.length > 0 && (
        <>
          <h3>To review</h3>
          <ul>
            {review.map((group, i) => (
              <li key={`${group.reason}-${i}`}>
                {group.message} ({group.photos.length} {group.photos.length === 1 ? 'photo' : 'photos'})
              </li>
            ))}
          </ul>
        </>
      )}
      {errors.length > 0 && (
        <>
          <h3>Files that could not be read</h3>
          <ul>
            {errors.map((error) => (
              <li key={error.file}>
                <code>{error.file}</code>: {error.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
