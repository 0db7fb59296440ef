import { useCallback, useEffect, useRef, useState } from 'react';
import { isFling } from './fling';

/** The scroll has come to rest this long after its last step: thumbnails load again. */
const REST_MS = 120;

/**
 * True while a scroller is flung. Loading and decoding every thumbnail that flies past (hundreds a
 * second) is what made such a scroll stutter; the grid loads them once the scroll comes to rest.
 */
export function useFling(): { flinging: boolean; onScroll: (event: { currentTarget: HTMLElement }) => void } {
  const [flinging, setFlinging] = useState(false);
  const last = useRef<{ top: number; at: number } | null>(null);
  const rest = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(rest.current), []);
  const onScroll = useCallback((event: { currentTarget: HTMLElement }) => {
    const element = event.currentTarget;
    const now = performance.now();
    const before = last.current;
    last.current = { top: element.scrollTop, at: now };
    if (before && isFling(Math.abs(element.scrollTop - before.top), now - before.at, element.clientHeight)) setFlinging(true);
    window.clearTimeout(rest.current);
    rest.current = window.setTimeout(() => {
      last.current = null;
      setFlinging(false);
    }, REST_MS);
  }, []);
  return { flinging, onScroll };
}
