import { useState, type FormEvent } from 'react';
import { MAX_AFFIX, normaliseAffix, type RekeyHow } from '../../../shared/codes/rekey-how';
import { useAppStore } from '../store/use-app-store';
import { NoticeLine } from './workspace/NoticeLine';

type Way = 'suffix' | 'prefix' | 'regenerate';

/**
 * New codes for every pupil of a job: the way back when the shop retired the job's codes (the job
 * was deleted there by mistake). Says what happens before it is done, and shows old and new after.
 */
export function RekeyDialog() {
  const job = useAppStore((s) => s.rekeyFor);
  const example = useAppStore((s) => s.rekeyExample);
  const busy = useAppStore((s) => s.rekeyBusy);
  const outcome = useAppStore((s) => s.rekeyOutcome);
  const rekeyed = useAppStore((s) => s.rekeyed);
  const openRekey = useAppStore((s) => s.openRekey);
  const rekey = useAppStore((s) => s.rekey);
  const [way, setWay] = useState<Way>('suffix');
  const [affix, setAffix] = useState('');
  const [file, setFile] = useState('');
  if (job === null) return null;
  const normalised = normaliseAffix(affix);
  const ready = way === 'regenerate' || normalised !== null;
  const how: RekeyHow = way === 'regenerate' ? { regenerate: true } : way === 'suffix' ? { suffix: affix } : { prefix: affix };
  const preview = example === null || !ready ? null : way === 'regenerate' ? `${example} → a new random code` : `${example} → ${way === 'suffix' ? `${example}${normalised ?? ''}` : `${normalised ?? ''}${example}`}`;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (ready) void rekey(how, file.trim() === '' ? undefined : file.trim());
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={`New codes for ${job}`}>
      <form className="cards-dialog" onSubmit={submit}>
        <h2>New codes for {job}</h2>
        <p className="hint">
          For when the shop no longer accepts this job’s codes (the job was deleted there by mistake). Every pupil gets a new code; photos stay in their galleries, and the old cards in the shoot
          still sort to the right pupil. The old codes stop working for parents: give them the new ones on new cards or contact sheets.
        </p>
        <fieldset>
          <legend>New codes</legend>
          {(['suffix', 'prefix', 'regenerate'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="way" checked={way === value} onChange={() => setWay(value)} />
              {value === 'suffix' ? 'Add to the end' : value === 'prefix' ? 'Add to the front' : 'New random codes'}
            </label>
          ))}
          {way !== 'regenerate' && (
            <label>
              Letters or digits <input aria-label="Letters or digits to add" value={affix} onChange={(e) => setAffix(e.target.value)} size={10} placeholder="26" />
            </label>
          )}
          {way !== 'regenerate' && affix.trim() !== '' && normalised === null && <p className="error">Type 1 to {MAX_AFFIX} letters or digits, such as the year (26) or the school’s initials.</p>}
          {preview && <p aria-label="Example">For example {preview}</p>}
        </fieldset>
        <label className="wide">
          Save old and new codes as (CSV, optional)
          <input aria-label="Save old and new codes as" value={file} onChange={(e) => setFile(e.target.value)} placeholder="/home/me/Documents/new-codes.csv" />
        </label>
        {outcome && <NoticeLine notice={outcome} />}
        {rekeyed.length > 0 && (
          <table className="preflight-codes" aria-label="Old and new codes">
            <thead>
              <tr>
                <th>Old code</th>
                <th>New code</th>
                <th>Pupil</th>
              </tr>
            </thead>
            <tbody>
              {rekeyed.map((row) => (
                <tr key={row.code}>
                  <td>{row.old}</td>
                  <td>{row.code}</td>
                  <td>{`${row.firstName} ${row.lastName}${row.group ? ` (${row.group})` : ''}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="actions">
          <button type="submit" disabled={busy || !ready || rekeyed.length > 0}>
            Give every pupil a new code
          </button>
          <button
            type="button"
            onClick={() => {
              setAffix('');
              setFile('');
              void openRekey(null);
            }}
          >
            Close
          </button>
        </div>
      </form>
    </div>
  );
}
