import { useEffect } from 'react';
import { CardsDialog } from './components/CardsDialog';
import { ExportsDialog } from './components/ExportsDialog';
import { JobsPanel } from './components/JobsPanel';
import { NamesDialog } from './components/NamesDialog';
import { RekeyDialog } from './components/RekeyDialog';
import { SortPanel } from './components/SortPanel';
import { SortSummary } from './components/SortSummary';
import { SyncPanel } from './components/SyncPanel';
import { SyncStatusButton } from './components/SyncStatusButton';
import { Workspace } from './components/workspace/Workspace';
import { chooseFoldersIntoForm } from './sort/choose-folders';
import { appStore, useAppStore } from './store/use-app-store';

const sortIsRunning = () => appStore.getState().sortRun.phase === 'running';

export function App() {
  const loadJobs = useAppStore((s) => s.loadJobs);
  const receiveProgress = useAppStore((s) => s.receiveProgress);
  const openJob = useAppStore((s) => s.openJob);
  const receiveWatchPass = useAppStore((s) => s.receiveWatchPass);
  const loadSync = useAppStore((s) => s.loadSync);
  const receiveSync = useAppStore((s) => s.receiveSync);
  const closeJob = useAppStore((s) => s.closeJob);

  useEffect(() => {
    void loadJobs();
  }, [loadJobs]);

  useEffect(() => window.shootdesk.on('scan.progress', receiveProgress), [receiveProgress]);
  useEffect(() => window.shootdesk.on('watch.sorted', receiveWatchPass), [receiveWatchPass]);
  // Import folders… from the menu: back to the jobs screen, where the sort form takes the folders chosen.
  useEffect(
    () =>
      window.shootdesk.on('menu.command', ({ command }) => {
        if (command !== 'import-folders' || sortIsRunning()) return;
        closeJob();
        void chooseFoldersIntoForm().then((problem) => problem && window.alert(problem));
      }),
    [closeJob],
  );
  useEffect(() => {
    void loadSync();
    return window.shootdesk.on('sync.changed', receiveSync);
  }, [loadSync, receiveSync]);

  if (openJob !== null)
    return (
      <>
        <Workspace />
        <SyncPanel />
      </>
    );
  return (
    <main className="app">
      <header className="app-header">
        <h1>Shootdesk</h1>
        <SyncStatusButton />
      </header>
      <SyncPanel />
      <SortPanel />
      <SortSummary />
      <JobsPanel />
      <CardsDialog />
      <ExportsDialog />
      <NamesDialog />
      <RekeyDialog />
    </main>
  );
}
