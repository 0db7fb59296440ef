import { useAppStore } from '../store/use-app-store';
import { describeSync } from '../sync/describe-sync';

/** The sync in the window's header, in one line; it opens the sync panel. No live region: it changes every half second while bytes move. */
export function SyncStatusButton() {
  const sync = useAppStore((s) => s.sync);
  const open = useAppStore((s) => s.openSyncPanel);
  const text = sync === null ? 'Sync…' : describeSync(sync);
  return (
    <button type="button" className={`sync-status${sync && sync.problemCount > 0 ? ' has-problems' : ''}`} aria-label={`Sync: ${text}`} onClick={open}>
      {text}
    </button>
  );
}
