import { useAppStore } from '../../store/use-app-store';
import { useViewOrder } from '../../workspace/use-view-order';
import { RenameSubject } from './RenameSubject';
import { REASON_TITLES } from './Sidebar';

/** What the grid shows, and for held photos the message that says what to check. */
export function ViewHeader() {
  const view = useAppStore((s) => s.view);
  const report = useAppStore((s) => s.report);
  const subjects = useAppStore((s) => s.subjects);
  const showCards = useAppStore((s) => s.showCards);
  const toggleCards = useAppStore((s) => s.toggleCards);
  const gone = useAppStore((s) => s.missing.size);
  const requestAssignField = useAppStore((s) => s.requestAssignField);
  const count = useViewOrder().length;
  let title = 'All photos';
  const subject = view.kind === 'gallery' ? subjects.find((s) => s.code === view.code) : undefined;
  let message: string | null = null;
  if (view.kind === 'gallery') {
    title = subject ? `${subject.firstName} ${subject.lastName}${subject.group ? ` · ${subject.group}` : ''} · ${subject.code}` : view.code;
  } else if (view.kind === 'review') {
    const group = report?.review[view.index];
    title = group ? REASON_TITLES[group.reason] : 'Review';
    message = group?.message ?? 'Nothing left here.';
  } else if (view.kind === 'unassigned') {
    title = 'Before the first card';
    message = 'These photos came before any card of their camera: assign them to a subject, or hide them.';
  } else if (view.kind === 'bulk') {
    title = 'Tag by hand';
    message = 'Each camera in shooting order. Mark the first photo of each subject (M, or Shift+M for a new spare): it runs to the next mark of that camera. Apply writes the marks as one change.';
  } else if (view.kind === 'kept') {
    title = 'Kept unassigned';
    message = 'In no gallery on purpose, and out of review. Select and “Release” to let the sort place them again.';
  } else if (view.kind === 'hidden') {
    title = 'Hidden by hand';
    message = 'No customer sees these. Select and “Show again” to put them back.';
  }

  return (
    <header className="view-header">
      <h2>
        {title} <span className="count">{count}</span>
      </h2>
      {message && <p className="view-message">{message}</p>}
      {gone > 0 && (
        <p className="view-message view-gone">
          {gone} {gone === 1 ? 'original' : 'originals'} of this job gone from disk, marked “File gone”.
        </p>
      )}
      {subject && <RenameSubject key={subject.code} subject={subject} />}
      {subject && (
        <button type="button" onClick={() => requestAssignField('merge')} title="One pupil photographed under two cards: move this gallery's photos and cards into the other subject's (G)">
          Merge into…
        </button>
      )}
      {(view.kind === 'gallery' || view.kind === 'all') && (
        <label className="toggle">
          <input type="checkbox" checked={showCards} onChange={toggleCards} /> Show card frames
        </label>
      )}
    </header>
  );
}
