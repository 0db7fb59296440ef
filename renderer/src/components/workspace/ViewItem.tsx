import { useState, type DragEvent } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { sameView, type View } from '../../workspace/view-photos';
import { PHOTOS_DRAG_TYPE } from './PhotoGrid';

/** One view in the sidebar; a subject's also takes photos dropped on it. */
interface ViewItemProps {
  view: View;
  label: string;
  detail?: string;
  count: number;
  badges?: string[];
  /** Where a virtualized list puts the item, and how it learns the item's height. */
  place?: { index: number; top: number; measure: (item: HTMLLIElement | null) => void };
}

export function ViewItem({ view, label, detail, count, badges = [], place }: ViewItemProps) {
  const current = useAppStore((s) => sameView(s.view, view));
  const showView = useAppStore((s) => s.showView);
  const assignSelection = useAppStore((s) => s.assignSelection);
  const [dropping, setDropping] = useState(false);
  // Only a subject takes dropped photos: the other views are not places a photo can be put.
  const code = view.kind === 'gallery' ? view.code : null;
  const accepts = (event: DragEvent): boolean => code !== null && event.dataTransfer.types.includes(PHOTOS_DRAG_TYPE);
  return (
    <li ref={place?.measure} data-index={place?.index} className={place ? 'placed' : undefined} style={place ? { transform: `translateY(${place.top}px)` } : undefined}>
      <button
        type="button"
        className={`view-item ${current ? 'is-current' : ''} ${dropping ? 'is-drop-target' : ''}`}
        aria-current={current ? 'page' : undefined}
        onClick={() => showView(view)}
        onDragOver={(event) => {
          if (!accepts(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(event) => {
          setDropping(false);
          if (!accepts(event) || code === null) return;
          event.preventDefault();
          void assignSelection({ code });
        }}
      >
        <span className="view-label">
          {label}
          {detail && <span className="view-detail">{detail}</span>}
        </span>
        {badges.map((b) => (
          <span key={b} className="badge">
            {b}
          </span>
        ))}
        <span className="count">{count}</span>
      </button>
    </li>
  );
}
