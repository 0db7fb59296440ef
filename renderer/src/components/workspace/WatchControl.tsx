import { useState, type FormEvent } from 'react';
import { useAppStore } from '../../store/use-app-store';

/** Tethered shooting: a folder the camera writes into, sorted into this job as photos land. */
export function WatchControl() {
  const watched = useAppStore((s) => s.watchedFolder);
  const lastPass = useAppStore((s) => s.lastPass);
  const startWatch = useAppStore((s) => s.startWatch);
  const stopWatch = useAppStore((s) => s.stopWatch);
  const [open, setOpen] = useState(false);
  const [folder, setFolder] = useState('');

  if (watched !== null) {
    const last =
      lastPass === null
        ? 'waiting for photos…'
        : lastPass.ok
          ? `${lastPass.files} files, ${lastPass.held} held${lastPass.errors > 0 ? `, ${lastPass.errors} unreadable` : ''}`
          : `could not sort: ${lastPass.message}`;
    return (
      <span className="watch" role="status" aria-label="Watching">
        Watching {watched}: {last}
        <button type="button" onClick={() => void stopWatch()}>
          Stop watching
        </button>
      </span>
    );
  }
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Watch a folder…
      </button>
    );
  }
  const start = (event: FormEvent): void => {
    event.preventDefault();
    void startWatch(folder).then(() => setOpen(false));
  };
  return (
    <form className="watch" onSubmit={start}>
      <input aria-label="Folder to watch" placeholder="Folder the camera writes into" value={folder} onChange={(e) => setFolder(e.target.value)} autoFocus />
      <button type="submit" disabled={folder.trim() === ''}>
        Start watching
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
