import { useState, type FormEvent } from 'react';
import { useAppStore } from '../store/use-app-store';
import { ColumnMappingFields } from './names/ColumnMappingFields';
import { NamesTable } from './names/NamesTable';
import { NoticeLine } from './workspace/NoticeLine';

/**
 * A job's names list: its pupils as a table to search and correct; a file (CSV or .xlsx) previewed
 * first (what would be added, changed, which pupils the list no longer names, every row's problem,
 * which column each field is read from, to be mapped by hand), imported only as previewed; and the
 * list with its codes exported for the school. For a new job, its name is typed here.
 */
export function NamesDialog() {
  const namesFor = useAppStore((s) => s.namesFor);
  const busy = useAppStore((s) => s.namesBusy);
  const preview = useAppStore((s) => s.namesPreview);
  const outcome = useAppStore((s) => s.namesOutcome);
  const openNames = useAppStore((s) => s.openNames);
  const previewNames = useAppStore((s) => s.previewNames);
  const importPreviewed = useAppStore((s) => s.importPreviewed);
  const exportNames = useAppStore((s) => s.exportNames);
  const [job, setJob] = useState('');
  const [file, setFile] = useState('');
  const [out, setOut] = useState('');
  const [mapping, setMapping] = useState(false);
  if (namesFor === null) return null;
  const jobName = namesFor === '' ? job.trim() : namesFor;
  // A preview stands for the job and file it was made of: editing either asks for a new one.
  const current = preview !== null && preview.job === jobName && preview.file === file.trim() ? preview : null;
  // Without a name column nothing can be imported: the columns are shown to be mapped, and stay
  // shown while she maps them.
  const showMapping = current !== null && (mapping || current.rows === 0 || current.map !== undefined);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (jobName !== '' && file.trim() !== '') void previewNames(jobName, file.trim());
  };
  const title = namesFor === '' ? 'New job from a names list' : `Names list of ${namesFor}`;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={title}>
      <div className="names-dialog">
        <h2>{title}</h2>
        <form onSubmit={submit}>
          <fieldset>
            <legend>Import a list</legend>
            <span className="hint">CSV (any common encoding) or Excel .xlsx, with column titles such as First Name, Last Name, Class, Access Code.</span>
            {namesFor === '' && (
              <label className="wide">
                Job
                <input aria-label="Job name" value={job} onChange={(e) => setJob(e.target.value)} placeholder="Hillside Primary, spring 2026" />
              </label>
            )}
            <label className="wide">
              File
              <input aria-label="Names list file" value={file} onChange={(e) => setFile(e.target.value)} placeholder="/home/me/Documents/class-lists.xlsx" />
            </label>
            <button type="submit" disabled={busy || jobName === '' || file.trim() === ''}>
              Preview
            </button>
          </fieldset>
          {current && (
            <section className="names-preview" aria-label="Preview">
              <p role="status">
                {current.rows} rows for pupils: {current.added} would be added, {current.updated} would be changed, {current.unchanged} unchanged.
              </p>
              {showMapping ? (
                <ColumnMappingFields columns={current.columns} mapping={current.mapping} busy={busy} onMap={(map) => void previewNames(current.job, current.file, map)} />
              ) : (
                <button type="button" onClick={() => setMapping(true)}>
                  Choose columns…
                </button>
              )}
              {current.notInList.length > 0 && (
                <>
                  <h3>Not in this list ({current.notInList.length}): they are kept, with their codes and photos</h3>
                  <ul>
                    {current.notInList.map((s) => (
                      <li key={s.code}>
                        {s.firstName} {s.lastName} {s.group && `(${s.group})`} · {s.code}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {current.problems.length > 0 && (
                <table className="problems" aria-label="Problems">
                  <thead>
                    <tr>
                      <th>Row</th>
                      <th>Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {current.problems.map((p) => (
                      <tr key={`${p.row}:${p.message}`}>
                        <td>{p.row}</td>
                        <td>{p.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <button type="button" disabled={busy || current.rows === 0} onClick={() => void importPreviewed()}>
                Import
              </button>
            </section>
          )}
          {namesFor !== '' && (
            <fieldset>
              <legend>Export with codes</legend>
              <label className="wide">
                Save as
                <input aria-label="Export to" value={out} onChange={(e) => setOut(e.target.value)} placeholder="/home/me/Documents/codes.xlsx" />
              </label>
              <button type="button" disabled={busy || out.trim() === ''} onClick={() => void exportNames(namesFor, out.trim())}>
                Export
              </button>
            </fieldset>
          )}
          {outcome && <NoticeLine notice={outcome} />}
        </form>
        {namesFor !== '' && <NamesTable job={namesFor} />}
        <div className="actions">
          <button type="button" onClick={() => openNames(null)}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
