import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import { useAppStore } from '../../store/use-app-store';
import { failureText } from '../../failure-text';

type History = MethodOutput<'history.list'>;

/** The job's changes by hand, newest first, as the database keeps them: what Undo and Redo step through. */
export function HistoryDialog({ onClose }: { onClose: () => void }) {
  const job = useAppStore((s) => s.openJob);
  // Reloaded after every change (the report object is replaced), so the list follows undo and redo.
  const report = useAppStore((s) => s.report);
  const [history, setHistory] = useState<History | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (job === null) return;
    void window.shootdesk['history.list']({ job }).then((result) => {
      if (result.ok) setHistory(result.value);
      else setProblem(failureText(result.error));
    });
  }, [job, report]);

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="History of changes">
      <div className="help">
        <h2>Changes by hand</h2>
        {problem && <p className="error">{problem}</p>}
        {history?.length === 0 && <p>No changes yet.</p>}
        <ol className="history" reversed>
          {[...(history ?? [])].reverse().map((entry, i) => (
            <li key={`${entry.at}-${i}`} className={entry.undone ? 'is-undone' : ''}>
              {entry.label}
              <span className="view-detail">
                {' '}
                {new Date(entry.at).toLocaleString()}
                {entry.undone ? ' · undone (Redo brings it back)' : ''}
              </span>
            </li>
          ))}
        </ol>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
