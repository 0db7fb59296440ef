import { useCallback, useState } from 'react';
import { useShortcuts } from '../../commands/use-shortcuts';
import { appStore, useAppStore } from '../../store/use-app-store';
import { ActionBar } from './ActionBar';
import { BulkBar } from './BulkBar';
import { HelpOverlay } from './HelpOverlay';
import { HistoryDialog } from './HistoryDialog';
import { PhotoGrid } from './PhotoGrid';
import { PreflightDialog } from './PreflightDialog';
import { PreviewOverlay } from './PreviewOverlay';
import { SyncStatusButton } from '../SyncStatusButton';
import { Sidebar } from './Sidebar';
import { ViewHeader } from './ViewHeader';
import { WatchControl } from './WatchControl';

/** One job: what is held, the subjects, the photos of the chosen view, and the changes to make. */
export function Workspace() {
  const job = useAppStore((s) => s.openJob);
  const loaded = useAppStore((s) => s.report !== null);
  const notice = useAppStore((s) => s.notice);
  const closeJob = useAppStore((s) => s.closeJob);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const bulk = useAppStore((s) => s.view.kind === 'bulk');
  const [historyOpen, setHistoryOpen] = useState(false);
  const openPreflight = useAppStore((s) => s.openPreflight);
  useShortcuts(
    useCallback(() => appStore.getState(), []),
    loaded,
  );

  return (
    <div className="workspace">
      <header className="topbar">
        <button type="button" onClick={closeJob}>
          ← Jobs
        </button>
        <h1>{job}</h1>
        <span className="spacer" />
        <SyncStatusButton />
        <WatchControl />
        <button type="button" onClick={() => void openPreflight()}>
          Go live…
        </button>
        <button type="button" onClick={() => setHistoryOpen(true)}>
          History
        </button>
        <button type="button" aria-label="Keyboard shortcuts" onClick={() => setHelpOpen(true)}>
          ?
        </button>
      </header>
      {!loaded ? (
        <p className={notice?.kind === 'error' ? 'error' : ''}>{notice?.text ?? 'Opening…'}</p>
      ) : (
        <div className="workspace-body">
          <Sidebar />
          <main className="workspace-main">
            <ViewHeader />
            {bulk ? <BulkBar /> : <ActionBar />}
            <PhotoGrid />
          </main>
        </div>
      )}
      <PreviewOverlay />
      <HelpOverlay />
      <PreflightDialog />
      {historyOpen && <HistoryDialog onClose={() => setHistoryOpen(false)} />}
    </div>
  );
}
