import { useEffect } from 'react';
import { CardsDialog } from './components/CardsDialog';
import { ExportsDialog } from './components/ExportsDialog';
import { JobsPanel } from './components/JobsPanel';
import { NamesDialog } from './components/NamesDialog';
import { RekeyDialog } from './components/RekeyDialog';
import { SortPanel } from './components/SortPanel';
import { SortSummary } from './components/SortSummary';
import { Workspace } from './components/workspace/Workspace';
import { useAppStore } from './store/use-app-store';

export function App() {
  const loadJobs = useAppStore((s) => s.loadJobs);
  const receiveProgress = useAppStore((s) => s.receiveProgress);
  const openJob = useAppStore((s) => s.openJob);
  const receiveWatchPass = useAppStore((s) => s.receiveWatchPass);

  useEffect(() => {
    void loadJobs();
  }, [loadJobs]);

  useEffect(() => window.shootdesk.on('scan.progress', receiveProgress), [receiveProgress]);
  useEffect(() => window.shootdesk.on('watch.sorted', receiveWatchPass), [receiveWatchPass]);

  if (openJob !== null) return <Workspace />;
  return (
    <main className="app">
      <h1>Shootdesk</h1>
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
