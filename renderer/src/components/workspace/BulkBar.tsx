import { useEffect, useRef, useState, type FormEvent } from 'react';
import { NoticeLine } from './NoticeLine';
import { useAppStore } from '../../store/use-app-store';
import { codeOf, subjectLabel } from '../../workspace/subject-code';

/**
 * Bulk tagging: she walks the filmstrip and marks where each subject starts (a subject from the
 * list, or a new spare); the grid previews the split live; nothing is written until "Apply".
 */
export function BulkBar() {
  const focus = useAppStore((s) => s.selection.focus);
  const subjects = useAppStore((s) => s.subjects);
  const marks = useAppStore((s) => s.marks);
  const busy = useAppStore((s) => s.busy);
  const notice = useAppStore((s) => s.notice);
  const setMark = useAppStore((s) => s.setMark);
  const removeMark = useAppStore((s) => s.removeMark);
  const discardMarks = useAppStore((s) => s.discardMarks);
  const applyMarks = useAppStore((s) => s.applyMarks);
  const fieldRequests = useAppStore((s) => s.assignFieldRequests);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (fieldRequests > 0) field.current?.focus();
  }, [fieldRequests]);

  const mark = (event: FormEvent): void => {
    event.preventDefault();
    const code = codeOf(typed, subjects);
    if (focus === null || code === null) return;
    // Checked here so a typo shows at once, not when the whole filmstrip is applied.
    if (!subjects.some((s) => s.code === code)) {
      setProblem(`No subject of this job has the code or name “${typed.trim()}”.`);
      return;
    }
    setMark(focus, code);
    setProblem(null);
    setTyped('');
    field.current?.blur();
  };

  return (
    <div className="action-bar">
      <span className="selected-count">{focus === null ? 'Pick the first photo of a subject' : `At ${focus.slice(focus.lastIndexOf('/') + 1)}:`}</span>
      <form onSubmit={mark} className="assign-form">
        <input
          ref={field}
          list="subject-options-bulk"
          aria-label="Subject starting here"
          placeholder="Subject starting here (name or code)"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          disabled={focus === null}
        />
        <datalist id="subject-options-bulk">
          {subjects.map((s) => (
            <option key={s.code} value={subjectLabel(s)} />
          ))}
        </datalist>
        <button type="submit" disabled={focus === null || typed.trim() === ''}>
          Mark
        </button>
      </form>
      <button type="button" disabled={focus === null} onClick={() => focus !== null && setMark(focus, null)}>
        New spare starts here
      </button>
      <button type="button" disabled={focus === null || !marks.has(focus)} onClick={() => focus !== null && removeMark(focus)}>
        Remove mark
      </button>
      <span className="spacer" />
      <button type="button" disabled={busy || marks.size === 0} onClick={() => void applyMarks()}>
        Apply {marks.size} mark{marks.size === 1 ? '' : 's'}
      </button>
      <button type="button" disabled={busy || marks.size === 0} onClick={discardMarks}>
        Discard marks
      </button>
      {problem !== null && (
        <p role="alert" className="notice error">
          {problem}
        </p>
      )}
      {problem === null && notice && <NoticeLine notice={notice} />}
    </div>
  );
}
