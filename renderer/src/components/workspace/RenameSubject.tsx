import { useState, type FormEvent } from 'react';
import { useAppStore } from '../../store/use-app-store';
import type { SubjectRow } from '../../store/workspace-slice';

/** Names a subject in place: a walk-up's spare becomes that pupil, keeping its code and photos. */
export function RenameSubject({ subject }: { subject: SubjectRow }) {
  const renameSubject = useAppStore((s) => s.renameSubject);
  const busy = useAppStore((s) => s.busy);
  const [open, setOpen] = useState(false);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [group, setGroup] = useState(subject.group);

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {subject.spare ? 'Name this spare' : 'Rename'}
      </button>
    );
  }
  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (firstName.trim() === '' || lastName.trim() === '') return;
    void renameSubject(subject.code, { firstName: firstName.trim(), lastName: lastName.trim(), group: group.trim() }).then(() => setOpen(false));
  };
  return (
    <form className="rename-form" onSubmit={save} aria-label={`Name ${subject.code}`}>
      <input aria-label="First name" value={firstName} onChange={(e) => setFirstName(e.target.value)} autoFocus />
      <input aria-label="Last name" value={lastName} onChange={(e) => setLastName(e.target.value)} />
      <input aria-label="Group" value={group} onChange={(e) => setGroup(e.target.value)} placeholder="Class or teacher" />
      <button type="submit" disabled={busy || firstName.trim() === '' || lastName.trim() === ''}>
        Save
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
