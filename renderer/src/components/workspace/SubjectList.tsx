import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { SubjectRow } from '../../store/workspace-slice';
import { ViewItem } from './ViewItem';

/** A subject with its group and code on a second line: the height before one is measured. */
const ROW_HEIGHT = 42;

/**
 * The subjects, virtualized within the sidebar's own scrolling: a school's 600 pupils would
 * otherwise be 600 items to draw and lay out before the job's first screen shows.
 */
export function SubjectList({ subjects, reviewCodes, scroller }: { subjects: readonly SubjectRow[]; reviewCodes: ReadonlySet<string>; scroller: HTMLElement | null }) {
  const list = useRef<HTMLUListElement>(null);
  // How far below the top of the sidebar the list starts: the held views and the filters come first.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const inner = list.current;
    if (!scroller || !inner) return;
    setOffset(inner.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
  });
  const virtualizer = useVirtualizer({
    count: subjects.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => subjects[index]?.code ?? index,
    scrollMargin: offset,
    overscan: 8,
  });
  return (
    <ul ref={list} className="view-list subjects" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const s = subjects[item.index];
        if (!s) return null;
        return (
          <ViewItem
            key={item.key}
            place={{ index: item.index, top: item.start - offset, measure: virtualizer.measureElement }}
            view={{ kind: 'gallery', code: s.code }}
            label={s.spare ? `${s.firstName} ${s.lastName} (spare)` : `${s.firstName} ${s.lastName}`}
            detail={[s.group, s.code].filter(Boolean).join(' · ')}
            count={s.photos}
            badges={[...(s.activated ? ['Activated'] : []), ...(s.photos === 0 ? ['No photos'] : []), ...(reviewCodes.has(s.code) ? ['In review'] : [])]}
          />
        );
      })}
    </ul>
  );
}
