import { useMemo } from 'react';
import { useAppStore } from '../store/use-app-store';
import { viewPhotos } from './view-photos';

/** The photos of the current view, recomputed only when the job or the view changes. */
export function useViewOrder(): string[] {
  const report = useAppStore((s) => s.report);
  const photos = useAppStore((s) => s.photos);
  const view = useAppStore((s) => s.view);
  const showCards = useAppStore((s) => s.showCards);
  const streams = useAppStore((s) => s.streams);
  return useMemo(() => (report ? viewPhotos(report, photos, view, showCards, streams ?? []) : []), [report, photos, view, showCards, streams]);
}
