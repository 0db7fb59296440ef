import { useState, type FormEvent } from 'react';
import { MAX_PARALLEL_UPLOADS, type SyncStatus } from '../../../shared/api/sync-status';
import { useAppStore } from '../store/use-app-store';
import { describeBytes, describeSync } from '../sync/describe-sync';

/** The sync to the shop: what waits, what the shop refused and why, pause and resume, and its settings. */
export function SyncPanel() {
  const open = useAppStore((s) => s.syncPanelOpen);
  const sync = useAppStore((s) => s.sync);
  const error = useAppStore((s) => s.syncError);
  const close = useAppStore((s) => s.closeSyncPanel);
  const pause = useAppStore((s) => s.pauseSync);
  const resume = useAppStore((s) => s.resumeSync);
  const retry = useAppStore((s) => s.retrySyncProblems);
  if (!open || sync === null) return null;
  const retryable = sync.problems.flatMap((problem) => (problem.id === null ? [] : [problem.id]));
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Sync">
      <div className="cards-dialog">
        <h2>Sync to the shop</h2>
        <p role="status" aria-label="Sync now">
          {describeSync(sync)}
        </p>
        <p aria-label="Queue">
          Waiting to send: {sync.pending.toLocaleString('en-US')} {sync.pending === 1 ? 'change' : 'changes'}, of them {sync.photos.toLocaleString('en-US')}{' '}
          {sync.photos === 1 ? 'photo' : 'photos'} ({describeBytes(sync.bytesPending)} to upload).
        </p>
        {sync.state !== 'off' &&
          (sync.state === 'paused' ? (
            <button type="button" onClick={() => void resume()}>
              Resume
            </button>
          ) : (
            <button type="button" onClick={() => void pause()}>
              Pause
            </button>
          ))}
        {sync.problems.length > 0 && (
          <>
            <h3>Problems</h3>
            <ul className="warnings" aria-label="Problems">
              {sync.problems.map((problem) => (
                <li key={problem.id ?? problem.kind}>
                  <span>
                    <strong>{problem.what}</strong>: {problem.why}
                  </span>
                  <button type="button" aria-label={`Try ${problem.what} again`} onClick={() => void retry(problem.id === null ? [] : [problem.id])}>
                    Try again
                  </button>
                </li>
              ))}
            </ul>
            {sync.problemCount > sync.problems.length && <p>… and {sync.problemCount - sync.problems.length} more.</p>}
            {retryable.length > 1 && (
              <button type="button" onClick={() => void retry(retryable)}>
                Try them all again
              </button>
            )}
          </>
        )}
        <SyncSettingsForm sync={sync} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}

/** The shop's address, the token (written, never shown back: a blank field keeps the saved one), and how to upload. */
function SyncSettingsForm({ sync }: { sync: SyncStatus }) {
  const save = useAppStore((s) => s.saveSyncSettings);
  const [server, setServer] = useState(sync.server ?? '');
  const [token, setToken] = useState('');
  const [parallel, setParallel] = useState(sync.parallel);
  const [uploadSize, setUploadSize] = useState(sync.uploadSize);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setSaved(false);
    void save({ server: server.trim(), ...(token.trim() === '' ? {} : { token: token.trim() }), parallel, uploadSize }).then((ok) => {
      if (!ok) return;
      setToken('');
      setSaved(true);
    });
  };
  return (
    <form className="sync-settings" aria-label="Sync settings" onSubmit={submit}>
      <h3>Settings</h3>
      <label>
        Shop address
        <input type="url" required value={server} placeholder="https://shop.example.com" onChange={(e) => setServer(e.target.value)} />
      </label>
      <label>
        Token
        <input
          type="password"
          autoComplete="off"
          value={token}
          placeholder={sync.server === null ? 'the token the shop made for your account' : 'saved; type a new one to replace it'}
          onChange={(e) => setToken(e.target.value)}
        />
      </label>
      <label>
        Parallel uploads
        <input type="number" min={1} max={MAX_PARALLEL_UPLOADS} value={parallel} onChange={(e) => setParallel(Math.min(MAX_PARALLEL_UPLOADS, Math.max(1, Number(e.target.value) || 1)))} />
      </label>
      <label>
        Upload size
        <select value={uploadSize} onChange={(e) => setUploadSize(e.target.value === 'resized' ? 'resized' : 'original')}>
          <option value="original">Originals</option>
          <option value="resized">Resized to 3,500 px (JPEG quality 80)</option>
        </select>
      </label>
      <button type="submit">Save</button>
      {saved && <span role="status">Saved.</span>}
    </form>
  );
}
