import { useState } from 'react';
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
  const activated = useAppStore((s) => s.activatedCodes);
  const setActivated = useAppStore((s) => s.setActivated);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  if (preflight === null) return null;
  const { counts } = preflight;
  const pick = (code: string, on: boolean): void => {
    const next = new Set(picked);
    if (on) next.add(code);
    else next.delete(code);
    setPicked(next);
  };
  const allPicked = preflight.entries.length > 0 && preflight.entries.every((entry) => picked.has(entry.code));
  const change = async (on: boolean): Promise<void> => {
    await setActivated(preflight.entries.map((entry) => entry.code).filter((code) => picked.has(code)), on);
    setPicked(new Set());
  };
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
          <div className="actions">
            <button type="button" disabled={busy || picked.size === 0} onClick={() => void change(true)}>
              Activate selected
            </button>
            <button type="button" disabled={busy || picked.size === 0} onClick={() => void change(false)}>
              Deactivate selected
            </button>
          </div>
          <table className="preflight-codes">
            <thead>
              <tr>
                <th>
                  <input
                    type="checkbox"
                    aria-label="Select every code"
                    checked={allPicked}
                    onChange={(e) => setPicked(e.target.checked ? new Set(preflight.entries.map((entry) => entry.code)) : new Set())}
                  />
                </th>
                <th>Code</th>
                <th>Subject</th>
                <th>Photos</th>
                <th>Activated</th>
                <th>The customer sees</th>
              </tr>
            </thead>
            <tbody>
              {preflight.entries.map((entry) => (
                <tr key={entry.code}>
                  <td>
                    <input type="checkbox" aria-label={`Select ${entry.code}`} checked={picked.has(entry.code)} onChange={(e) => pick(entry.code, e.target.checked)} />
                  </td>
                  <td>{entry.code}</td>
                  <td>{entry.subject.spare ? 'Walk-up card' : `${entry.subject.firstName} ${entry.subject.lastName}${entry.subject.group ? ` (${entry.subject.group})` : ''}`}</td>
                  <td>{entry.photos}</td>
                  <td>{activated.has(entry.code) ? 'Yes' : 'No'}</td>
                  <td>{entry.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        {notice && <NoticeLine notice={notice} />}
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setPicked(new Set());
              close();
            }}
          >
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
