import { useAppStore } from '../../store/use-app-store';
import { Thumb } from './Thumb';

/** One photo large, with what identifies it; arrow keys step through the view. */
export function PreviewOverlay() {
  const name = useAppStore((s) => s.preview);
  const info = useAppStore((s) => (s.preview === null ? undefined : s.photos.find((p) => p.name === s.preview)));
  const gonePath = useAppStore((s) => (s.preview === null ? undefined : s.missing.get(s.preview)));
  const openPreview = useAppStore((s) => s.openPreview);
  const stepPreview = useAppStore((s) => s.stepPreview);
  if (name === null) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={`Preview of ${name}`}>
      <div className="preview">
        <div className="preview-image">
          <Thumb key={name} sha256={info?.sha256 ?? null} kind="preview" />
        </div>
        <dl className="preview-facts">
          <dt>File</dt>
          <dd>{name}</dd>
          <dt>Camera</dt>
          <dd>{info?.camera || 'unknown'}</dd>
          <dt>Taken</dt>
          <dd>{info?.takenAt?.replace('T', ' ') ?? 'no capture time'}</dd>
          {gonePath !== undefined && (
            <>
              <dt>Original</dt>
              <dd className="preview-gone">
                {/* An alert, so stepping onto such a photo with the arrow keys says so at once. */}
                <span role="alert">
                  Gone from disk: {gonePath}. Put the file back (or plug the card in) before uploading; the galleries keep it.
                </span>
              </dd>
            </>
          )}
          {info?.kind === 'card' && (
            <>
              <dt>Card</dt>
              <dd>This frame shows a card: no customer ever sees it.</dd>
            </>
          )}
        </dl>
        <div className="actions">
          <button type="button" onClick={() => stepPreview(-1)}>
            Previous
          </button>
          <button type="button" onClick={() => stepPreview(1)}>
            Next
          </button>
          <button type="button" onClick={() => openPreview(null)}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
