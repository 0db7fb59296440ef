import { useEffect } from 'react';
import { JobsPanel } from './components/JobsPanel';
import { SortPanel } from './components/SortPanel';
import { SortSummary } from './components/SortSummary';
import { useAppStore } from './store/use-app-store';

export function App() {
  const loadJobs = useAppStore((s) => s.loadJobs);
  const receiveProgress = useAppStore((s) => s.receiveProgress);

  useEffect(() => {
    void loadJobs();
  }, [loadJobs]);

  useEffect(() => window.shootdesk.on('scan.progress', receiveProgress), [receiveProgress]);

  return (
    <main className="app">
      <h1>Shootdesk</h1>
      <SortPanel />
      <SortSummary />
      <JobsPanel />
    </main>
  );
}
