import { useEffect, useRef, useState, type FormEvent } from 'react';
import { NoticeLine } from './NoticeLine';
import { appStore, useAppStore } from '../../store/use-app-store';
import type { AssignFieldMode } from '../../store/grid-slice';
import type { SubjectRow } from '../../store/workspace-slice';
import { codeOf, subjectLabel } from '../../workspace/subject-code';

const FIELD_LABELS: Record<AssignFieldMode, string> = { assign: 'Assign to subject', card: 'Card of subject', merge: 'Merge this gallery into' };

/** A merge empties the gallery shown: when its code is activated, its parent would then see no photos. */
function confirmMerge(from: SubjectRow | undefined, into: string): boolean {
  if (!from?.activated) return true;
  return window.confirm(`${from.code} is activated: after the merge its parent sees no photos under it, and ${into}'s parent sees them all. Merge?`);
}

/** The changes that apply to the selection, and what the last one did. */
export function ActionBar() {
  const selected = useAppStore((s) => s.selection.selected.size);
  const subjects = useAppStore((s) => s.subjects);
  const busy = useAppStore((s) => s.busy);
  const notice = useAppStore((s) => s.notice);
  const assignSelection = useAppStore((s) => s.assignSelection);
  const setSelectionHidden = useAppStore((s) => s.setSelectionHidden);
  const keepSelectionUnassigned = useAppStore((s) => s.keepSelectionUnassigned);
  const keptView = useAppStore((s) => s.view.kind === 'kept');
  const stepHistory = useAppStore((s) => s.stepHistory);
  const addSpares = useAppStore((s) => s.addSpares);
  const [target, setTarget] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const fieldRequests = useAppStore((s) => s.assignFieldRequests);
  const mode = useAppStore((s) => s.assignFieldMode);
  const setMode = useAppStore((s) => s.setAssignFieldMode);
  const markSelectedCard = useAppStore((s) => s.markSelectedCard);
  const mergeGalleryInto = useAppStore((s) => s.mergeGalleryInto);
  const gallery = useAppStore((s) => {
    const { view } = s;
    return view.kind === 'gallery' ? s.subjects.find((subject) => subject.code === view.code) : undefined;
  });
  useEffect(() => {
    if (fieldRequests > 0) field.current?.focus();
  }, [fieldRequests]);
  const none = selected === 0 || busy;

  const submit = (how: AssignFieldMode): void => {
    const code = codeOf(target, subjects);
    if (code === null || busy || (how !== 'merge' && selected === 0)) return;
    if (how === 'merge' && !confirmMerge(gallery, code)) return;
    const run = how === 'card' ? markSelectedCard(code) : how === 'merge' ? mergeGalleryInto(code) : assignSelection({ code });
    // A refused code stays in the field to be corrected.
    void run.then(() => {
      if (appStore.getState().notice?.kind === 'error') return;
      setTarget('');
      setMode('assign');
      field.current?.blur();
    });
  };
  const askSpares = (): void => {
    const typed = window.prompt('How many spare subjects (for walk-ups)?', '5');
    const wanted = Number(typed);
    if (typed !== null && Number.isInteger(wanted) && wanted >= 1 && wanted <= 1000) void addSpares(wanted);
  };
  // Enter in the field does what the field was opened for (A: assign, K: card of).
  const onEnter = (event: FormEvent): void => {
    event.preventDefault();
    submit(mode);
  };

  return (
    <div className="action-bar">
      <span className="selected-count" aria-live="polite">
        {selected === 0 ? 'Nothing selected' : `${selected} selected`}
      </span>
      <form onSubmit={onEnter} className="assign-form">
        <input
          ref={field}
          list="subject-options"
          aria-label={FIELD_LABELS[mode]}
          placeholder={`${FIELD_LABELS[mode]}… (name or code)`}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          disabled={selected === 0 && mode !== 'merge'}
        />
        <datalist id="subject-options">
          {subjects.map((s) => (
            <option key={s.code} value={subjectLabel(s)} />
          ))}
        </datalist>
        <button type="button" disabled={none || target.trim() === ''} onClick={() => submit('assign')}>
          Assign
        </button>
        <button type="button" disabled={busy || selected !== 1 || target.trim() === ''} onClick={() => submit('card')} title="The selected frame shows this subject's card: the photos after it follow it">
          Is the card
        </button>
        {mode === 'merge' && (
          <button type="button" disabled={busy || target.trim() === ''} onClick={() => submit('merge')}>
            Merge
          </button>
        )}
      </form>
      <button type="button" disabled={none} onClick={() => void assignSelection({ newSpare: true })}>
        New spare
      </button>
      <button type="button" disabled={none} onClick={() => void setSelectionHidden(true)}>
        Hide
      </button>
      {keptView ? (
        <button type="button" disabled={none} onClick={() => void keepSelectionUnassigned(false)}>
          Release
        </button>
      ) : (
        <button type="button" disabled={none} onClick={() => void keepSelectionUnassigned(true)}>
          Keep unassigned
        </button>
      )}
      <button type="button" disabled={none} onClick={() => void setSelectionHidden(false)}>
        Show again
      </button>
      <span className="spacer" />
      <button type="button" disabled={busy} onClick={askSpares}>
        Add spares…
      </button>
      <button type="button" disabled={busy} onClick={() => void stepHistory('undo')}>
        Undo
      </button>
      <button type="button" disabled={busy} onClick={() => void stepHistory('redo')}>
        Redo
      </button>
      {notice && <NoticeLine notice={notice} />}
    </div>
  );
}
