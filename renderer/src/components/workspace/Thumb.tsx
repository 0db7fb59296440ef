import { useLayoutEffect, useState } from 'react';
import { markLoaded, markLoading, stopLoading, wasLoaded } from '../../workspace/thumb-cache';

/**
 * A cached thumbnail (or preview) by content hash; a grey placeholder until it is painted, and if it
 * cannot be. `defer`: not loaded yet (the grid is flung past it), unless it was painted before.
 */
export function Thumb({ sha256, kind, defer = false }: { sha256: string | null; kind: 'thumb' | 'preview'; defer?: boolean }) {
  const url = sha256 === null ? null : window.shootdesk.mediaUrl(kind, sha256);
  const [state, setState] = useState<'loading' | 'loaded' | 'missing'>(url !== null && wasLoaded(url) ? 'loaded' : 'loading');
  const asked = url !== null && state === 'loading' && !defer;
  // Known as on its way from the commit that asks for it, so work waiting for the screen's
  // thumbnails does not start between one that has come and the next.
  useLayoutEffect(() => {
    if (!asked) return;
    markLoading(url);
    return () => stopLoading(url);
  }, [asked, url]);
  if (url === null || state === 'missing') return <span className="thumb-missing">No preview</span>;
  if (defer && state === 'loading') return null;
  return (
    <img
      key={url}
      className={`thumb ${state === 'loaded' ? 'is-loaded' : ''}`}
      src={url}
      alt=""
      draggable={false}
      decoding="async"
      onLoad={() => {
        markLoaded(url);
        setState('loaded');
      }}
      onError={() => setState('missing')}
    />
  );
}
