import { useAppStore } from '../../store/use-app-store';
import type { PreflightWarning } from '../../store/preflight-slice';
import { NoticeLine } from './NoticeLine';

const FIX_LABELS: Record<PreflightWarning['fix'], string> = {
  'set-selling': 'Set the job to selling',
  activate: 'Activate them',
  deactivate: 'Deactivate them',
  'show-photos': 'Show them again',
  review: 'Go to review',
};

/** Before going live: what each customer will see, and each likely mistake with the step that fixes it. */
export function PreflightDialog() {
  const preflight = useAppStore((s) => s.preflight);
  const busy = useAppStore((s) => s.preflightBusy);
  const notice = useAppStore((s) => s.preflightNotice);
  const close = useAppStore((s) => s.closePreflight);
  const applyFix = useAppStore((s) => s.applyFix);
  if (preflight === null) return null;
  const { counts } = preflight;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Pre-flight">
      <div className="cards-dialog">
        <h2>What customers will see</h2>
        <p role="status" aria-label="Outcomes">
          The gallery: {counts.gallery} · “Your photos are almost ready.”: {counts['almost-ready']} · the archive message: {counts.archived}
        </p>
        {preflight.warnings.length === 0 ? (
          <p>Nothing to fix.</p>
        ) : (
          <ul className="warnings" aria-label="Warnings">
            {preflight.warnings.map((warning) => (
              <li key={warning.fix}>
                <span>{warning.message}</span>
                <button type="button" disabled={busy} onClick={() => void applyFix(warning)}>
                  {FIX_LABELS[warning.fix]}
                </button>
              </li>
            ))}
          </ul>
        )}
        <details>
          <summary>Every code ({preflight.entries.length})</summary>
          <table className="preflight-codes">
            <thead>
              <tr>
                <th>Code</th>
                <th>Subject</th>
                <th>Photos</th>
                <th>The customer sees</th>
              </tr>
            </thead>
            <tbody>
              {preflight.entries.map((entry) => (
                <tr key={entry.code}>
                  <td>{entry.code}</td>
                  <td>{entry.subject.spare ? 'Walk-up card' : `${entry.subject.firstName} ${entry.subject.lastName}${entry.subject.group ? ` (${entry.subject.group})` : ''}`}</td>
                  <td>{entry.photos}</td>
                  <td>{entry.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        {notice && <NoticeLine notice={notice} />}
        <div className="actions">
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
