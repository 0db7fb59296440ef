import { useState, type FormEvent } from 'react';
import { useAppStore } from '../store/use-app-store';
import { NoticeLine } from './workspace/NoticeLine';

const REASONS = { 'no-photo': 'No photo', hidden: 'Cover photo hidden', shared: 'Cover photo shared', missing: 'Original gone', unreadable: 'Original unreadable' } as const;

/** After the shoot, what goes out besides the shop's galleries: the photo list for an upload without cards, the yearbook package. */
export function ExportsDialog() {
  const job = useAppStore((s) => s.exportFor);
  const busy = useAppStore((s) => s.exportBusy);
  const outcome = useAppStore((s) => s.exportOutcome);
  const leftOut = useAppStore((s) => s.yearbookLeftOut);
  const openExports = useAppStore((s) => s.openExports);
  const exportPhotoCodes = useAppStore((s) => s.exportPhotoCodes);
  const exportYearbook = useAppStore((s) => s.exportYearbook);
  const [file, setFile] = useState('');
  const [folder, setFolder] = useState('');
  if (job === null) return null;

  const savePhotoList = (event: FormEvent): void => {
    event.preventDefault();
    if (file.trim() !== '') void exportPhotoCodes(file.trim());
  };
  const saveYearbook = (event: FormEvent): void => {
    event.preventDefault();
    if (folder.trim() !== '') void exportYearbook(folder.trim());
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={`Exports of ${job}`}>
      <div className="cards-dialog">
        <h2>Exports of {job}</h2>
        <form onSubmit={savePhotoList}>
          <fieldset>
            <legend>Photo list for the shop</legend>
            <p className="hint">Each visible photo of every gallery with its access code (CSV), for a shop upload without QR cards.</p>
            <label className="wide">
              Save photo list as
              <input aria-label="Save photo list as" value={file} onChange={(e) => setFile(e.target.value)} placeholder="/home/me/Documents/photo-codes.csv" />
            </label>
            <button type="submit" disabled={busy || file.trim() === ''}>
              Save photo list
            </button>
          </fieldset>
        </form>
        <form onSubmit={saveYearbook}>
          <fieldset>
            <legend>Yearbook (PSPA)</legend>
            <p className="hint">Each pupil’s first photo cropped to a 640 × 800 portrait, with INDEX.TXT, in a new or empty folder for the yearbook publisher.</p>
            <label className="wide">
              Yearbook folder
              <input aria-label="Yearbook folder" value={folder} onChange={(e) => setFolder(e.target.value)} placeholder="/home/me/Documents/yearbook" />
            </label>
            <button type="submit" disabled={busy || folder.trim() === ''}>
              Export yearbook
            </button>
          </fieldset>
        </form>
        {outcome && <NoticeLine notice={outcome} />}
        {leftOut.length > 0 && (
          <table className="preflight-codes" aria-label="Pupils without a portrait">
            <thead>
              <tr>
                <th>Pupil</th>
                <th>Code</th>
                <th>Why</th>
              </tr>
            </thead>
            <tbody>
              {leftOut.map((pupil) => (
                <tr key={pupil.code}>
                  <td>{`${pupil.firstName} ${pupil.lastName}${pupil.group ? ` (${pupil.group})` : ''}`}</td>
                  <td>{pupil.code}</td>
                  <td title={pupil.message}>{REASONS[pupil.reason]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="actions">
          <button type="button" onClick={() => openExports(null)}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
