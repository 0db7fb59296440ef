import { useMemo, useState } from 'react';
import type { ReviewReason } from '../../../../shared/domain';
import { useAppStore } from '../../store/use-app-store';
import { SubjectList } from './SubjectList';
import { ViewItem } from './ViewItem';

export const REASON_TITLES: Record<ReviewReason, string> = {
  'unreadable-card': 'Unreadable card',
  'unknown-code': 'Unknown code',
  'other-job-code': 'Code of another job',
  'retired-code': 'Retired code',
  'foreign-qr': 'Not a card',
  'no-capture-time': 'No capture time',
  duplicate: 'Duplicate',
  'background-card': 'Card in the background',
  'clock-change': 'Camera clock changed',
  'mixed-cameras': 'Cameras mixed',
};

/** What is held (the work left), then every subject, searchable by name, group and code. */
export function Sidebar() {
  const report = useAppStore((s) => s.report);
  const subjects = useAppStore((s) => s.subjects);
  const photos = useAppStore((s) => s.photos);
  const showView = useAppStore((s) => s.showView);
  // Held in state, not in a ref: the subject list below needs it once it is there, and a child's
  // effects run before its parent's ref is set.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState('');
  const groups = useMemo(() => [...new Set(subjects.map((s) => s.group).filter((g) => g !== ''))].sort(), [subjects]);
  const inReview = useMemo(() => new Set(report?.review.flatMap((g) => g.photos) ?? []), [report]);
  const reviewCodes = useMemo(() => {
    // A gallery "has photos in review" when a held photo sits in it too (a photo held but also placed).
    const codes = new Set<string>();
    for (const gallery of report?.galleries ?? []) if (gallery.photos.some((p) => inReview.has(p))) codes.add(gallery.code);
    return codes;
  }, [report, inReview]);
  if (!report) return null;
  const needle = query.trim().toLowerCase();
  const shown = subjects.filter(
    (s) => (group === '' || s.group === group) && (needle === '' || `${s.firstName} ${s.lastName} ${s.group} ${s.code}`.toLowerCase().includes(needle)),
  );
  const hiddenCount = photos.filter((p) => p.hiddenByHand).length;
  const keptCount = photos.filter((p) => p.keptUnassigned).length;
  const held = report.review.reduce((n, g) => n + g.photos.length, 0) + report.unassigned.length;

  return (
    <nav className="sidebar" aria-label="Job" ref={setScroller}>
      <h2 className="sidebar-title">{held === 0 ? 'Nothing held: the job is ready' : `Held for review: ${held}`}</h2>
      <ul className="view-list">
        {report.review.map((g, index) => (
          <ViewItem key={`${index}-${g.reason}`} view={{ kind: 'review', index }} label={REASON_TITLES[g.reason]} count={g.photos.length} />
        ))}
        {report.unassigned.length > 0 && <ViewItem view={{ kind: 'unassigned' }} label="Before the first card" count={report.unassigned.length} />}
        {hiddenCount > 0 && <ViewItem view={{ kind: 'hidden' }} label="Hidden by hand" count={hiddenCount} />}
        {keptCount > 0 && <ViewItem view={{ kind: 'kept' }} label="Kept unassigned" count={keptCount} />}
        <ViewItem view={{ kind: 'all' }} label="All photos" count={photos.filter((p) => p.kind === 'photo').length} />
        <ViewItem view={{ kind: 'bulk' }} label="Tag by hand (filmstrip)" count={photos.length} />
      </ul>
      <h2 className="sidebar-title">Subjects ({subjects.length})</h2>
      <div className="subject-filters">
        <input
          type="search"
          aria-label="Search subjects"
          placeholder="Name, group or code"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter opens the first match: a typed code or name is enough to get to a gallery.
            const first = shown[0];
            if (e.key === 'Enter' && first) showView({ kind: 'gallery', code: first.code });
          }}
        />
        {groups.length > 0 && (
          <select aria-label="Group" value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">All groups</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        )}
      </div>
      <SubjectList subjects={shown} reviewCodes={reviewCodes} scroller={scroller} />
    </nav>
  );
}
