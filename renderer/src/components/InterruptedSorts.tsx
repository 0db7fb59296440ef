import { useEffect } from 'react';
import { useAppStore } from '../store/use-app-store';

/** On the jobs screen: each sort that stopped before it finished, to go on with or to let be. */
export function InterruptedSorts() {
  const runs = useAppStore((s) => s.interruptedSorts);
  const sorting = useAppStore((s) => s.sortRun.phase === 'running');
  const load = useAppStore((s) => s.loadInterruptedSorts);
  const resume = useAppStore((s) => s.resumeSort);
  const dismiss = useAppStore((s) => s.dismissInterruptedSort);

  useEffect(() => {
    void load();
  }, [load]);

  if (runs.length === 0) return null;
  return (
    <ul className="interrupted-sorts">
      {runs.map((run) => (
        <li key={run.job} role="status">
          The sort of {run.job} stopped before it finished (Shootdesk was closed or crashed).{' '}
          {run.found > 0 && `${run.analysed} of ${run.found} photos from ${run.folder} are read. `}
          <button type="button" aria-label={`Go on with the sort of ${run.job}`} disabled={sorting} onClick={() => void resume(run.job)}>
            Go on
          </button>{' '}
          <button type="button" aria-label={`Dismiss the sort of ${run.job}`} disabled={sorting} onClick={() => void dismiss(run.job)}>
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  );
}
